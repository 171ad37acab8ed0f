import type { OrgUnitRef, PlanAction, PlanGoal, PlanSnapshot } from '@wk/contracts';
import { comparePlans } from './compare';

const wijkteam: OrgUnitRef = {
  id: 'u-wijkteam',
  name: 'Wijkteam',
  kind: 'department',
};
const woonbron: OrgUnitRef = {
  id: 'u-woonbron',
  name: 'Woonbron',
  kind: 'partner',
};
const politie: OrgUnitRef = {
  id: 'u-politie',
  name: 'Politie',
  kind: 'partner',
};
const ggd: OrgUnitRef = { id: 'u-ggd', name: 'GGD', kind: 'partner' };

/** Ids differ per revision (every revision has its own rows); keys stay the same. */
function action(key: string, overrides: Partial<PlanAction> = {}): PlanAction {
  return {
    id: `id-${key}`,
    key,
    planId: 'p',
    goalId: 'g',
    title: `Action ${key}`,
    description: 'Beschrijving',
    leadUnit: wijkteam,
    contributingUnits: [woonbron, politie],
    owner: { id: 'user-1', name: 'Anna de Vries' },
    start: { year: 2026, quarter: 1 },
    end: { year: 2027, quarter: 4 },
    budget: [
      { year: 2026, amountCents: 100_000_00 },
      { year: 2027, amountCents: 50_000_00 },
    ],
    milestones: [
      { title: 'Start', dueDate: '2026-03-01', done: true },
      { title: 'Oplevering', dueDate: '2027-12-01', done: false },
    ],
    position: 0,
    version: 1,
    ...overrides,
  };
}

function goal(key: string, actions: PlanAction[] = [], overrides: Partial<PlanGoal> = {}): PlanGoal {
  return {
    id: `id-${key}`,
    key,
    planId: 'p',
    block: 'B2',
    pillar: null,
    statement: `Goal ${key}`,
    target: null,
    position: 0,
    actions,
    version: 1,
    ...overrides,
  };
}

function snapshot(overrides: Partial<PlanSnapshot> = {}): PlanSnapshot {
  return {
    title: 'Wijkaanpak Noord',
    vision: 'Een wijk waar iedereen meedoet.',
    startYear: 2025,
    endYear: 2040,
    sections: { B1: 'b1', B2: 'b2', B3: 'b3', B4: 'b4', B5: 'b5', B6: 'b6' },
    wijken: [
      { id: 'w1', name: 'Oosterpark' },
      { id: 'w2', name: 'De Hoogte' },
    ],
    goals: [goal('g1', [action('a1'), action('a2')]), goal('g2', [action('a3')])],
    ...overrides,
  };
}

/** The same plan as a later revision would hold it: new ids, same keys, same content. */
function nextRevision(plan: PlanSnapshot): PlanSnapshot {
  const copy = structuredClone(plan);
  for (const g of copy.goals) {
    g.id = `${g.id}-r2`;
    for (const a of g.actions) {
      a.id = `${a.id}-r2`;
      a.goalId = g.id;
    }
  }
  return copy;
}

/** Replaces the action with `key` (wherever it sits) by `change(action)`. */
function changeAction(plan: PlanSnapshot, key: string, change: (a: PlanAction) => PlanAction): PlanSnapshot {
  return {
    ...plan,
    goals: plan.goals.map((g) => ({
      ...g,
      actions: g.actions.map((a) => (a.key === key ? change(a) : a)),
    })),
  };
}

const empty = { plan: [], goals: [], actions: [] };

describe('comparePlans', () => {
  it('finds nothing between two revisions with the same content', () => {
    const base = snapshot();
    expect(comparePlans(base, nextRevision(base))).toEqual(empty);
  });

  describe('plan fields', () => {
    it('lists the changed fields in the fixed order with before and after', () => {
      const base = snapshot();
      const target = snapshot({
        sections: { ...base.sections, B6: 'nieuw', B1: 'ook nieuw' },
        endYear: 2045,
        vision: 'Nieuwe visie',
        title: 'Wijkaanpak Noord 2.0',
        startYear: 2026,
        wijken: [{ id: 'w3', name: 'Zuidwijk' }],
      });
      expect(comparePlans(base, target).plan).toEqual([
        {
          field: 'title',
          before: 'Wijkaanpak Noord',
          after: 'Wijkaanpak Noord 2.0',
        },
        {
          field: 'vision',
          before: 'Een wijk waar iedereen meedoet.',
          after: 'Nieuwe visie',
        },
        { field: 'startYear', before: 2025, after: 2026 },
        { field: 'endYear', before: 2040, after: 2045 },
        {
          field: 'wijken',
          before: ['De Hoogte', 'Oosterpark'],
          after: ['Zuidwijk'],
        },
        { field: 'sections.B1', before: 'b1', after: 'ook nieuw' },
        { field: 'sections.B6', before: 'b6', after: 'nieuw' },
      ]);
    });

    it('lists only the fields that changed', () => {
      const base = snapshot();
      const target = snapshot({
        sections: { ...base.sections, B3: 'b3 herschreven' },
      });
      expect(comparePlans(base, target)).toEqual({
        ...empty,
        plan: [{ field: 'sections.B3', before: 'b3', after: 'b3 herschreven' }],
      });
    });

    it('ignores the order of the wijken', () => {
      const base = snapshot();
      const target = snapshot({ wijken: [...base.wijken].reverse() });
      expect(comparePlans(base, target).plan).toEqual([]);
    });

    it('compares wijken by name and reports sorted names', () => {
      const base = snapshot();
      const target = snapshot({
        wijken: [
          { id: 'w1', name: 'Oosterpark' },
          { id: 'w4', name: 'Beijum' },
          { id: 'w2', name: 'De Hoogte' },
        ],
      });
      expect(comparePlans(base, target).plan).toEqual([
        {
          field: 'wijken',
          before: ['De Hoogte', 'Oosterpark'],
          after: ['Beijum', 'De Hoogte', 'Oosterpark'],
        },
      ]);
    });

    it('sees a renamed wijk as a change', () => {
      const base = snapshot();
      const target = snapshot({
        wijken: [{ id: 'w1', name: 'Oosterparkwijk' }, ...base.wijken.slice(1)],
      });
      expect(comparePlans(base, target).plan).toEqual([
        {
          field: 'wijken',
          before: ['De Hoogte', 'Oosterpark'],
          after: ['De Hoogte', 'Oosterparkwijk'],
        },
      ]);
    });

    it('treats whitespace-only edits of a section as a change', () => {
      const base = snapshot();
      const target = snapshot({ sections: { ...base.sections, B2: 'b2 ' } });
      expect(comparePlans(base, target).plan.map((c) => c.field)).toEqual(['sections.B2']);
    });
  });

  describe('goals', () => {
    it('reports added, changed and removed goals: target order first, then removed in base order', () => {
      const base = snapshot({
        goals: [goal('gone-1'), goal('kept'), goal('gone-2'), goal('edited'), goal('same')],
      });
      const target = snapshot({
        goals: [goal('edited', [], { statement: 'Edited goal' }), goal('new'), goal('same'), goal('kept')],
      });
      const result = comparePlans(base, target).goals;
      expect(result.map((d) => [d.key, d.change])).toEqual([
        ['edited', 'changed'],
        ['new', 'added'],
        ['gone-1', 'removed'],
        ['gone-2', 'removed'],
      ]);
    });

    it('gives added and removed goals no fields and their own block, pillar and statement', () => {
      const base = snapshot({
        goals: [goal('old', [], { block: 'B4', pillar: 'P3', statement: 'Oud doel' })],
      });
      const target = snapshot({
        goals: [
          goal('new', [], {
            block: 'B1',
            statement: 'Nieuw doel',
            target: '80%',
          }),
        ],
      });
      expect(comparePlans(base, target).goals).toEqual([
        {
          key: 'new',
          block: 'B1',
          pillar: null,
          statement: 'Nieuw doel',
          change: 'added',
          fields: [],
        },
        {
          key: 'old',
          block: 'B4',
          pillar: 'P3',
          statement: 'Oud doel',
          change: 'removed',
          fields: [],
        },
      ]);
    });

    it('lists changed goal fields in the order block, pillar, statement, target', () => {
      const base = snapshot({
        goals: [
          goal('g', [], {
            block: 'B2',
            pillar: null,
            statement: 'Oud',
            target: null,
          }),
        ],
      });
      const target = snapshot({
        goals: [
          goal('g', [], {
            block: 'B4',
            pillar: 'P2',
            statement: 'Nieuw',
            target: '10% minder',
          }),
        ],
      });
      expect(comparePlans(base, target).goals).toEqual([
        {
          key: 'g',
          block: 'B4',
          pillar: 'P2',
          statement: 'Nieuw',
          change: 'changed',
          fields: [
            { field: 'block', before: 'B2', after: 'B4' },
            { field: 'pillar', before: null, after: 'P2' },
            { field: 'statement', before: 'Oud', after: 'Nieuw' },
            { field: 'target', before: null, after: '10% minder' },
          ],
        },
      ]);
    });

    it('reports a pillar move within B4 alone', () => {
      const base = snapshot({
        goals: [goal('g', [], { block: 'B4', pillar: 'P1' })],
      });
      const target = snapshot({
        goals: [goal('g', [], { block: 'B4', pillar: 'P3' })],
      });
      expect(comparePlans(base, target).goals[0]?.fields).toEqual([{ field: 'pillar', before: 'P1', after: 'P3' }]);
    });

    it('reports a target that was cleared', () => {
      const base = snapshot({
        goals: [goal('g', [], { target: '50 woningen' })],
      });
      const target = snapshot({ goals: [goal('g', [], { target: null })] });
      expect(comparePlans(base, target).goals[0]?.fields).toEqual([{ field: 'target', before: '50 woningen', after: null }]);
    });

    it('ignores goal reordering, ids, positions and versions', () => {
      const base = snapshot();
      const target = nextRevision(base);
      target.goals.reverse();
      target.goals.forEach((g, i) => {
        g.position = 10 + i;
        g.version = 7;
      });
      expect(comparePlans(base, target)).toEqual(empty);
    });

    it('does not list a goal as changed when only its actions changed', () => {
      const base = snapshot();
      const target = changeAction(base, 'a1', (a) => ({
        ...a,
        title: 'Anders',
      }));
      const result = comparePlans(base, target);
      expect(result.goals).toEqual([]);
      expect(result.actions).toHaveLength(1);
    });
  });

  describe('actions', () => {
    it('reports added, changed and removed actions: target order first, then removed in base order', () => {
      const base = snapshot({
        goals: [goal('g1', [action('x1'), action('keep'), action('edit')]), goal('g2', [action('x2')])],
      });
      const target = snapshot({
        goals: [goal('g2', [action('new-1')]), goal('g1', [action('edit', { title: 'Edited' }), action('keep'), action('new-2')])],
      });
      expect(comparePlans(base, target).actions.map((d) => [d.key, d.change, d.goalStatement, d.title])).toEqual([
        ['new-1', 'added', 'Goal g2', 'Action new-1'],
        ['edit', 'changed', 'Goal g1', 'Edited'],
        ['new-2', 'added', 'Goal g1', 'Action new-2'],
        ['x1', 'removed', 'Goal g1', 'Action x1'],
        ['x2', 'removed', 'Goal g2', 'Action x2'],
      ]);
    });

    it('gives added and removed actions no fields', () => {
      const base = snapshot({ goals: [goal('g1', [action('old')])] });
      const target = snapshot({ goals: [goal('g1', [action('new')])] });
      expect(comparePlans(base, target).actions).toEqual([
        {
          key: 'new',
          title: 'Action new',
          goalStatement: 'Goal g1',
          change: 'added',
          fields: [],
        },
        {
          key: 'old',
          title: 'Action old',
          goalStatement: 'Goal g1',
          change: 'removed',
          fields: [],
        },
      ]);
    });

    it('takes the goal statement of a removed action from the base', () => {
      const base = snapshot({
        goals: [goal('g1', [action('old')], { statement: 'Oude formulering' })],
      });
      const target = snapshot({
        goals: [goal('g1', [], { statement: 'Nieuwe formulering' })],
      });
      expect(comparePlans(base, target).actions).toEqual([
        {
          key: 'old',
          title: 'Action old',
          goalStatement: 'Oude formulering',
          change: 'removed',
          fields: [],
        },
      ]);
    });

    it('takes the goal statement of a changed action from the target', () => {
      const base = snapshot({
        goals: [goal('g1', [action('a')], { statement: 'Oud' })],
      });
      const target = snapshot({
        goals: [
          goal('g1', [action('a', { description: 'Nieuw' })], {
            statement: 'Nieuw',
          }),
        ],
      });
      const [diff] = comparePlans(base, target).actions;
      expect(diff?.goalStatement).toBe('Nieuw');
      // Same goal key: a reworded goal does not count as a move.
      expect(diff?.fields.map((f) => f.field)).toEqual(['description']);
    });

    it('matches an action moved to another goal and reports the move with goal statements', () => {
      const base = snapshot({
        goals: [goal('g1', [action('a'), action('b')]), goal('g2', [])],
      });
      const target = snapshot({
        goals: [goal('g1', [action('b')]), goal('g2', [action('a')])],
      });
      const result = comparePlans(base, target);
      expect(result.actions).toEqual([
        {
          key: 'a',
          title: 'Action a',
          goalStatement: 'Goal g2',
          change: 'changed',
          fields: [{ field: 'goal', before: 'Goal g1', after: 'Goal g2' }],
        },
      ]);
      expect(result.goals).toEqual([]);
    });

    it('follows an action whose goal was removed to its new goal', () => {
      const base = snapshot({ goals: [goal('old', [action('a')])] });
      const target = snapshot({ goals: [goal('new', [action('a')])] });
      const result = comparePlans(base, target);
      expect(result.actions).toEqual([
        expect.objectContaining({
          key: 'a',
          change: 'changed',
          fields: [{ field: 'goal', before: 'Goal old', after: 'Goal new' }],
        }),
      ]);
      expect(result.goals.map((g) => [g.key, g.change])).toEqual([
        ['new', 'added'],
        ['old', 'removed'],
      ]);
    });

    it('ignores reordering of actions, ids, positions, versions and goalId', () => {
      const base = snapshot();
      const target = nextRevision(base);
      const actions = target.goals[0]?.actions ?? [];
      expect(actions.length).toBeGreaterThan(1);
      actions.reverse();
      actions.forEach((a, i) => {
        a.position = i + 5;
        a.version = 3;
      });
      expect(comparePlans(base, target)).toEqual(empty);
    });

    it('lists every changed field in the fixed order', () => {
      const base = snapshot({ goals: [goal('g1', [action('a')]), goal('g2')] });
      const moved = action('a', {
        title: 'Nieuwe titel',
        description: 'Nieuwe beschrijving',
        leadUnit: woonbron,
        contributingUnits: [ggd],
        owner: null,
        start: { year: 2026, quarter: 2 },
        end: { year: 2028, quarter: 1 },
        budget: [{ year: 2026, amountCents: 1 }],
        milestones: [],
      });
      const target = snapshot({ goals: [goal('g1'), goal('g2', [moved])] });
      expect(comparePlans(base, target).actions).toEqual([
        {
          key: 'a',
          title: 'Nieuwe titel',
          goalStatement: 'Goal g2',
          change: 'changed',
          fields: [
            { field: 'goal', before: 'Goal g1', after: 'Goal g2' },
            { field: 'title', before: 'Action a', after: 'Nieuwe titel' },
            {
              field: 'description',
              before: 'Beschrijving',
              after: 'Nieuwe beschrijving',
            },
            { field: 'leadUnit', before: 'Wijkteam', after: 'Woonbron' },
            {
              field: 'contributingUnits',
              before: ['Politie', 'Woonbron'],
              after: ['GGD'],
            },
            { field: 'owner', before: 'Anna de Vries', after: null },
            {
              field: 'start',
              before: { year: 2026, quarter: 1 },
              after: { year: 2026, quarter: 2 },
            },
            {
              field: 'end',
              before: { year: 2027, quarter: 4 },
              after: { year: 2028, quarter: 1 },
            },
            {
              field: 'budget',
              before: [
                { year: 2026, amountCents: 100_000_00 },
                { year: 2027, amountCents: 50_000_00 },
              ],
              after: [{ year: 2026, amountCents: 1 }],
            },
            {
              field: 'milestones',
              before: [
                { title: 'Start', dueDate: '2026-03-01', done: true },
                { title: 'Oplevering', dueDate: '2027-12-01', done: false },
              ],
              after: [],
            },
          ],
        },
      ]);
    });

    const fieldsOf = (change: (a: PlanAction) => PlanAction): unknown[] => {
      const base = snapshot();
      const result = comparePlans(base, changeAction(base, 'a1', change));
      return result.actions.flatMap((d) => d.fields);
    };

    describe('leadUnit and owner', () => {
      it('compares the lead unit by id: a renamed unit is no change', () => {
        expect(
          fieldsOf((a) => ({
            ...a,
            leadUnit: { ...wijkteam, name: 'Wijkteam Noord' },
          })),
        ).toEqual([]);
      });

      it('reports a lead unit that was set or cleared, by name', () => {
        expect(fieldsOf((a) => ({ ...a, leadUnit: null }))).toEqual([{ field: 'leadUnit', before: 'Wijkteam', after: null }]);
        const base = snapshot({
          goals: [goal('g', [action('a', { leadUnit: null })])],
        });
        const target = snapshot({
          goals: [goal('g', [action('a', { leadUnit: politie })])],
        });
        expect(comparePlans(base, target).actions[0]?.fields).toEqual([{ field: 'leadUnit', before: null, after: 'Politie' }]);
      });

      it('compares the owner by id and reports names', () => {
        expect(
          fieldsOf((a) => ({
            ...a,
            owner: { id: 'user-1', name: 'A. de Vries' },
          })),
        ).toEqual([]);
        expect(
          fieldsOf((a) => ({
            ...a,
            owner: { id: 'user-2', name: 'Bram Jansen' },
          })),
        ).toEqual([{ field: 'owner', before: 'Anna de Vries', after: 'Bram Jansen' }]);
      });
    });

    describe('contributingUnits', () => {
      it('ignores the order of the units', () => {
        expect(fieldsOf((a) => ({ ...a, contributingUnits: [politie, woonbron] }))).toEqual([]);
      });

      it('compares by id: renamed units are no change', () => {
        expect(
          fieldsOf((a) => ({
            ...a,
            contributingUnits: [{ ...woonbron, name: 'Woonbron Groningen' }, politie],
          })),
        ).toEqual([]);
      });

      it('reports an added unit with sorted names', () => {
        expect(
          fieldsOf((a) => ({
            ...a,
            contributingUnits: [woonbron, politie, ggd],
          })),
        ).toEqual([
          {
            field: 'contributingUnits',
            before: ['Politie', 'Woonbron'],
            after: ['GGD', 'Politie', 'Woonbron'],
          },
        ]);
      });

      it('reports a swapped unit even when the count stays the same', () => {
        expect(fieldsOf((a) => ({ ...a, contributingUnits: [ggd, woonbron] }))).toEqual([
          {
            field: 'contributingUnits',
            before: ['Politie', 'Woonbron'],
            after: ['GGD', 'Woonbron'],
          },
        ]);
      });

      it('reports units that were all removed', () => {
        expect(fieldsOf((a) => ({ ...a, contributingUnits: [] }))).toEqual([
          {
            field: 'contributingUnits',
            before: ['Politie', 'Woonbron'],
            after: [],
          },
        ]);
      });
    });

    describe('start and end', () => {
      it('reports a quarter change within the same year', () => {
        expect(fieldsOf((a) => ({ ...a, end: { year: 2027, quarter: 3 } }))).toEqual([
          {
            field: 'end',
            before: { year: 2027, quarter: 4 },
            after: { year: 2027, quarter: 3 },
          },
        ]);
      });

      it('reports a year change with the same quarter', () => {
        expect(fieldsOf((a) => ({ ...a, start: { year: 2025, quarter: 1 } }))).toEqual([
          {
            field: 'start',
            before: { year: 2026, quarter: 1 },
            after: { year: 2025, quarter: 1 },
          },
        ]);
      });
    });

    describe('budget', () => {
      it('ignores the order of the lines', () => {
        expect(fieldsOf((a) => ({ ...a, budget: [...a.budget].reverse() }))).toEqual([]);
      });

      it('reports changed amounts with both sides sorted by year', () => {
        const base = snapshot({
          goals: [
            goal('g', [
              action('a', {
                budget: [
                  { year: 2028, amountCents: 3 },
                  { year: 2026, amountCents: 1 },
                ],
              }),
            ]),
          ],
        });
        const target = snapshot({
          goals: [
            goal('g', [
              action('a', {
                budget: [
                  { year: 2027, amountCents: 2 },
                  { year: 2028, amountCents: 3 },
                  { year: 2026, amountCents: 1 },
                ],
              }),
            ]),
          ],
        });
        expect(comparePlans(base, target).actions[0]?.fields).toEqual([
          {
            field: 'budget',
            before: [
              { year: 2026, amountCents: 1 },
              { year: 2028, amountCents: 3 },
            ],
            after: [
              { year: 2026, amountCents: 1 },
              { year: 2027, amountCents: 2 },
              { year: 2028, amountCents: 3 },
            ],
          },
        ]);
      });

      it('reports an amount moved from one year to another even when the total is equal', () => {
        const moved = fieldsOf((a) => ({
          ...a,
          budget: [
            { year: 2026, amountCents: 50_000_00 },
            { year: 2027, amountCents: 100_000_00 },
          ],
        }));
        expect(moved).toHaveLength(1);
        expect(moved[0]).toMatchObject({ field: 'budget' });
      });
    });

    describe('milestones', () => {
      it('reports reordered milestones (order counts)', () => {
        const result = fieldsOf((a) => ({
          ...a,
          milestones: [...a.milestones].reverse(),
        }));
        expect(result).toEqual([
          {
            field: 'milestones',
            before: [
              { title: 'Start', dueDate: '2026-03-01', done: true },
              { title: 'Oplevering', dueDate: '2027-12-01', done: false },
            ],
            after: [
              { title: 'Oplevering', dueDate: '2027-12-01', done: false },
              { title: 'Start', dueDate: '2026-03-01', done: true },
            ],
          },
        ]);
      });

      it.each([
        ['title', { title: 'Oplevering fase 1' }],
        ['due date', { dueDate: '2027-11-01' }],
        ['done flag', { done: true }],
      ])('reports a changed %s', (_label, change) => {
        const result = fieldsOf((a) => ({
          ...a,
          milestones: a.milestones.map((m, i) => (i === 1 ? { ...m, ...change } : m)),
        }));
        expect(result).toEqual([expect.objectContaining({ field: 'milestones' })]);
      });

      it('sees equal milestones in new objects as unchanged', () => {
        expect(
          fieldsOf((a) => ({
            ...a,
            milestones: a.milestones.map((m) => ({ ...m })),
          })),
        ).toEqual([]);
      });
    });

    it('uses the first occurrence when a key appears twice', () => {
      const base = snapshot({
        goals: [goal('g1', [action('a')]), goal('g2', [action('a', { title: 'Dubbel' })])],
      });
      const target = snapshot({
        goals: [goal('g1', [action('a', { description: 'x' })])],
      });
      expect(comparePlans(base, target).actions).toEqual([
        expect.objectContaining({
          key: 'a',
          change: 'changed',
          fields: [{ field: 'description', before: 'Beschrijving', after: 'x' }],
        }),
      ]);
    });
  });

  describe('purity', () => {
    function busyPair(): [PlanSnapshot, PlanSnapshot] {
      const base = snapshot({
        wijken: [
          { id: 'w2', name: 'Zuid' },
          { id: 'w1', name: 'Noord' },
        ],
        goals: [
          goal('g1', [
            action('a1', {
              contributingUnits: [woonbron, ggd],
              budget: [
                { year: 2027, amountCents: 2 },
                { year: 2026, amountCents: 1 },
              ],
            }),
          ]),
          goal('g2', [action('gone')]),
        ],
      });
      const target = snapshot({
        title: 'Anders',
        wijken: [
          { id: 'w3', name: 'West' },
          { id: 'w1', name: 'Noord' },
        ],
        goals: [
          goal('g3', [
            action('a1', {
              contributingUnits: [politie, ggd],
              budget: [
                { year: 2028, amountCents: 3 },
                { year: 2026, amountCents: 1 },
              ],
            }),
          ]),
          goal('g1', [action('new')], { statement: 'Herschreven' }),
        ],
      });
      return [base, target];
    }

    it('does not mutate its inputs', () => {
      const [base, target] = busyPair();
      const baseBefore = structuredClone(base);
      const targetBefore = structuredClone(target);
      const result = comparePlans(base, target);
      expect(result.actions.length).toBeGreaterThan(0);
      expect(base).toEqual(baseBefore);
      expect(target).toEqual(targetBefore);
      // Sorting must happen on copies: the original order of wijken, units and budget lines is kept.
      expect(base.wijken.map((w) => w.name)).toEqual(['Zuid', 'Noord']);
      expect(base.goals[0]?.actions[0]?.budget.map((b) => b.year)).toEqual([2027, 2026]);
      expect(target.goals[0]?.actions[0]?.contributingUnits.map((u) => u.name)).toEqual(['Politie', 'GGD']);
    });

    it('returns values that share no objects with its inputs', () => {
      const [base, target] = busyPair();
      const baseBefore = structuredClone(base);
      const targetBefore = structuredClone(target);
      const result = comparePlans(base, target);
      for (const diff of [...result.plan, ...result.actions.flatMap((a) => a.fields)]) {
        for (const value of [diff.before, diff.after]) {
          if (Array.isArray(value)) {
            for (const item of value) {
              if (typeof item === 'object' && item !== null) Object.assign(item, { year: -1, title: 'x' });
            }
            value.length = 0;
          } else if (typeof value === 'object' && value !== null) {
            Object.assign(value, { year: -1 });
          }
        }
      }
      expect(base).toEqual(baseBefore);
      expect(target).toEqual(targetBefore);
    });

    it('gives the same result every time, whichever way the inputs were built', () => {
      const [base, target] = busyPair();
      const first = comparePlans(base, target);
      expect(comparePlans(structuredClone(base), structuredClone(target))).toEqual(first);
      expect(comparePlans(base, target)).toEqual(first);
    });

    it('reverses added and removed when the arguments are swapped', () => {
      const [base, target] = busyPair();
      const forward = comparePlans(base, target);
      const backward = comparePlans(target, base);
      expect(forward.goals.map((g) => [g.key, g.change])).toEqual([
        ['g3', 'added'],
        ['g1', 'changed'],
        ['g2', 'removed'],
      ]);
      expect(backward.goals.map((g) => [g.key, g.change])).toEqual([
        ['g1', 'changed'],
        ['g2', 'added'],
        ['g3', 'removed'],
      ]);
      expect(backward.plan[0]).toEqual({
        field: 'title',
        before: 'Anders',
        after: 'Wijkaanpak Noord',
      });
    });
  });
});
