import type { BlockCode, CompletenessIssue, PillarCode, PlanAction, PlanGoal } from '@wk/contracts';
import { checkCompleteness, type CompletenessInput } from './completeness';

function action(id: string, overrides: Partial<PlanAction> = {}): PlanAction {
  return {
    id,
    key: `key-${id}`,
    planId: 'p',
    goalId: 'g',
    title: `Action ${id}`,
    description: '',
    leadUnit: { id: 'u1', name: 'Wijkteam', kind: 'department' },
    contributingUnits: [],
    owner: null,
    start: { year: 2026, quarter: 1 },
    end: { year: 2027, quarter: 4 },
    budget: [],
    milestones: [],
    position: 0,
    version: 1,
    ...overrides,
  };
}

function goal(id: string, block: BlockCode, pillar: PillarCode | null, actions: PlanAction[]): PlanGoal {
  return {
    id,
    key: `key-${id}`,
    planId: 'p',
    block,
    pillar,
    statement: `Goal ${id}`,
    target: null,
    position: 0,
    actions: actions.map((a) => ({ ...a, goalId: id })),
    version: 1,
  };
}

/** A plan that passes every rule: 2025–2035, every block and pillar with one goal and one action. */
function completePlan(): CompletenessInput {
  return {
    vision: 'Een wijk waar iedereen meedoet.',
    startYear: 2025,
    endYear: 2035,
    sections: { B1: 'b1', B2: 'b2', B3: 'b3', B4: 'b4', B5: 'b5', B6: 'b6' },
    goals: [
      goal('g1', 'B1', null, [action('a1')]),
      goal('g2', 'B2', null, [action('a2')]),
      goal('g3', 'B3', null, [action('a3')]),
      goal('g4p1', 'B4', 'P1', [action('a4p1')]),
      goal('g4p2', 'B4', 'P2', [action('a4p2')]),
      goal('g4p3', 'B4', 'P3', [action('a4p3')]),
      goal('g5', 'B5', null, [action('a5')]),
      goal('g6', 'B6', null, [action('a6')]),
    ],
  };
}

function withGoals(goals: PlanGoal[], plan: CompletenessInput = completePlan()): CompletenessInput {
  return { ...plan, goals };
}

const codes = (issues: CompletenessIssue[]): string[] => issues.map((i) => i.code);

describe('checkCompleteness', () => {
  it('reports nothing for a complete plan', () => {
    expect(checkCompleteness(completePlan())).toEqual({
      complete: true,
      errors: 0,
      warnings: 0,
      issues: [],
    });
  });

  describe('horizon', () => {
    it('warns when the horizon is shorter than ten years', () => {
      const result = checkCompleteness({ ...completePlan(), endYear: 2034 });
      expect(result.issues).toEqual([{ code: 'horizon_short', severity: 'warning' }]);
      expect(result).toMatchObject({ complete: true, errors: 0, warnings: 1 });
    });

    it('accepts exactly ten years', () => {
      expect(checkCompleteness({ ...completePlan(), endYear: 2035 }).issues).toEqual([]);
    });
  });

  describe('vision', () => {
    it.each(['', '   ', '\n\t '])('is an error when the vision is %p', (vision) => {
      const result = checkCompleteness({ ...completePlan(), vision });
      expect(result.issues).toEqual([{ code: 'vision_missing', severity: 'error' }]);
      expect(result).toMatchObject({
        complete: false,
        errors: 1,
        warnings: 0,
      });
    });
  });

  describe('sections', () => {
    it('warns per blank section, with the block', () => {
      const plan = completePlan();
      const result = checkCompleteness({
        ...plan,
        sections: { ...plan.sections, B2: '  ', B5: '' },
      });
      expect(result.issues).toEqual([
        { code: 'section_empty', severity: 'warning', block: 'B2' },
        { code: 'section_empty', severity: 'warning', block: 'B5' },
      ]);
      expect(result).toMatchObject({ complete: true, errors: 0, warnings: 2 });
    });
  });

  describe('blocks without goals', () => {
    it.each(['B1', 'B2', 'B3', 'B5', 'B6'] as const)('is an error when %s has no goal', (block) => {
      const plan = completePlan();
      const result = checkCompleteness(withGoals(plan.goals.filter((g) => g.block !== block)));
      expect(result.issues).toEqual([{ code: 'block_without_goals', severity: 'error', block }]);
      expect(result.complete).toBe(false);
    });

    it('reports one error per pillar, not per block, when B4 has no goals', () => {
      const plan = completePlan();
      const result = checkCompleteness(withGoals(plan.goals.filter((g) => g.block !== 'B4')));
      expect(result.issues).toEqual([
        {
          code: 'pillar_without_goals',
          severity: 'error',
          block: 'B4',
          pillar: 'P1',
        },
        {
          code: 'pillar_without_goals',
          severity: 'error',
          block: 'B4',
          pillar: 'P2',
        },
        {
          code: 'pillar_without_goals',
          severity: 'error',
          block: 'B4',
          pillar: 'P3',
        },
      ]);
      expect(result.errors).toBe(3);
    });

    it('reports only the pillar that lacks a goal', () => {
      const plan = completePlan();
      const result = checkCompleteness(withGoals(plan.goals.filter((g) => g.id !== 'g4p2')));
      expect(result.issues).toEqual([
        {
          code: 'pillar_without_goals',
          severity: 'error',
          block: 'B4',
          pillar: 'P2',
        },
      ]);
    });

    it('does not count a B4 goal without a pillar for any pillar', () => {
      const plan = completePlan();
      const goals = [...plan.goals.filter((g) => g.block !== 'B4'), goal('g4x', 'B4', null, [action('a4x')])];
      expect(codes(checkCompleteness(withGoals(goals)).issues)).toEqual([
        'pillar_without_goals',
        'pillar_without_goals',
        'pillar_without_goals',
      ]);
    });

    it('does not count a pillar set on a goal of another block', () => {
      const plan = completePlan();
      const goals = [...plan.goals.filter((g) => g.id !== 'g4p1'), goal('g1x', 'B1', 'P1', [action('a1x')])];
      expect(checkCompleteness(withGoals(goals)).issues).toEqual([
        {
          code: 'pillar_without_goals',
          severity: 'error',
          block: 'B4',
          pillar: 'P1',
        },
      ]);
    });
  });

  describe('goals and actions', () => {
    it('is an error when a goal has no actions, with the statement as subject', () => {
      const plan = completePlan();
      const goals = plan.goals.map((g) => (g.id === 'g3' ? { ...g, actions: [] } : g));
      expect(checkCompleteness(withGoals(goals)).issues).toEqual([
        {
          code: 'goal_without_actions',
          severity: 'error',
          goalId: 'g3',
          subject: 'Goal g3',
          block: 'B3',
        },
      ]);
    });

    it('adds the pillar to goal issues in B4', () => {
      const plan = completePlan();
      const goals = plan.goals.map((g) => (g.id === 'g4p3' ? { ...g, actions: [] } : g));
      expect(checkCompleteness(withGoals(goals)).issues).toEqual([
        {
          code: 'goal_without_actions',
          severity: 'error',
          goalId: 'g4p3',
          subject: 'Goal g4p3',
          block: 'B4',
          pillar: 'P3',
        },
      ]);
    });

    it('leaves the pillar key out when the goal has none', () => {
      const plan = completePlan();
      const goals = plan.goals.map((g) => (g.id === 'g1' ? { ...g, actions: [] } : g));
      const [issue] = checkCompleteness(withGoals(goals)).issues;
      expect(Object.keys(issue ?? {})).not.toContain('pillar');
      expect(Object.keys(issue ?? {})).not.toContain('actionId');
    });

    it('is an error when an action has no lead unit', () => {
      const plan = completePlan();
      const goals = withGoals([...plan.goals.filter((g) => g.id !== 'g2'), goal('g2', 'B2', null, [action('a2', { leadUnit: null })])]);
      expect(checkCompleteness(goals).issues).toEqual([
        {
          code: 'action_without_lead',
          severity: 'error',
          actionId: 'a2',
          goalId: 'g2',
          subject: 'Action a2',
          block: 'B2',
        },
      ]);
    });

    it.each([
      ['starts the quarter before the horizon', { start: { year: 2024, quarter: 4 } }],
      ['ends the quarter after the horizon', { end: { year: 2036, quarter: 1 } }],
      ['lies entirely before the horizon', { start: { year: 2020, quarter: 1 }, end: { year: 2021, quarter: 2 } }],
    ] as const)('is an error when an action %s', (_label, overrides) => {
      const plan = completePlan();
      const goals = plan.goals.map((g) => (g.id === 'g5' ? goal('g5', 'B5', null, [action('a5', overrides)]) : g));
      expect(checkCompleteness(withGoals(goals)).issues).toEqual([
        {
          code: 'action_outside_horizon',
          severity: 'error',
          actionId: 'a5',
          goalId: 'g5',
          subject: 'Action a5',
          block: 'B5',
        },
      ]);
    });

    it('accepts actions on the very edges of the horizon', () => {
      const plan = completePlan();
      const edge = action('a5', {
        start: { year: 2025, quarter: 1 },
        end: { year: 2035, quarter: 4 },
      });
      const goals = plan.goals.map((g) => (g.id === 'g5' ? goal('g5', 'B5', null, [edge]) : g));
      expect(checkCompleteness(withGoals(goals)).issues).toEqual([]);
    });

    it('reports lead before horizon for the same action, and actions in their given order', () => {
      const plan = completePlan();
      const outside = {
        leadUnit: null,
        end: { year: 2040, quarter: 1 as const },
      };
      const g6 = goal('g6', 'B6', null, [action('z', outside), action('a', { leadUnit: null })]);
      const result = checkCompleteness(withGoals([...plan.goals.filter((g) => g.id !== 'g6'), g6]));
      expect(result.issues.map((i) => [i.code, i.actionId])).toEqual([
        ['action_without_lead', 'z'],
        ['action_outside_horizon', 'z'],
        ['action_without_lead', 'a'],
      ]);
      expect(result.issues.every((i) => i.goalId === 'g6' && i.block === 'B6')).toBe(true);
    });
  });

  describe('order', () => {
    it('orders horizon, vision, then blocks in BLOCK_CODES order, whatever the goal order', () => {
      const plan = completePlan();
      const b6 = goal('g6', 'B6', null, []);
      const b1 = goal('g1', 'B1', null, [action('a1', { leadUnit: null })]);
      const result = checkCompleteness({
        ...plan,
        vision: '',
        endYear: 2030,
        sections: { ...plan.sections, B1: '', B6: '' },
        // B6 listed first and B3 missing: the output still follows B1…B6.
        goals: [b6, ...plan.goals.filter((g) => !['g1', 'g3', 'g6'].includes(g.id)), b1],
      });
      expect(result.issues.map((i) => `${i.code}${i.block ? `:${i.block}` : ''}`)).toEqual([
        'horizon_short',
        'vision_missing',
        'section_empty:B1',
        'action_without_lead:B1',
        'block_without_goals:B3',
        'section_empty:B6',
        'goal_without_actions:B6',
      ]);
      expect(result).toEqual(expect.objectContaining({ complete: false, errors: 4, warnings: 3 }));
    });

    it('keeps the given order of goals within a block', () => {
      const plan = completePlan();
      const goals = [...plan.goals.filter((g) => g.block !== 'B2'), goal('second', 'B2', null, []), goal('first', 'B2', null, [])];
      expect(checkCompleteness(withGoals(goals)).issues.map((i) => i.goalId)).toEqual(['second', 'first']);
    });

    it('orders B4 goals by pillar P1…P3, then goals without a pillar, keeping the given order within a pillar', () => {
      const plan = completePlan();
      const b4 = [
        goal('p3', 'B4', 'P3', []),
        goal('none', 'B4', null, []),
        goal('p1b', 'B4', 'P1', []),
        goal('p2', 'B4', 'P2', []),
        goal('p1a', 'B4', 'P1', []),
      ];
      const goals = [...plan.goals.filter((g) => g.block !== 'B4'), ...b4];
      expect(checkCompleteness(withGoals(goals)).issues.map((i) => i.goalId)).toEqual(['p1b', 'p1a', 'p2', 'p3', 'none']);
    });

    it('reports missing pillars before the goals of B4', () => {
      const plan = completePlan();
      const goals = [...plan.goals.filter((g) => g.block !== 'B4'), goal('p2', 'B4', 'P2', [])];
      const result = checkCompleteness({
        ...withGoals(goals),
        sections: { ...plan.sections, B4: '' },
      });
      expect(result.issues.map((i) => [i.code, i.pillar ?? null])).toEqual([
        ['section_empty', null],
        ['pillar_without_goals', 'P1'],
        ['pillar_without_goals', 'P3'],
        ['goal_without_actions', 'P2'],
      ]);
    });
  });

  it('counts errors and warnings and is complete with warnings only', () => {
    const plan = completePlan();
    // The actions end in 2027, so they stay within a 2025–2030 horizon.
    const warningsOnly = checkCompleteness({
      ...plan,
      endYear: 2030,
      sections: { ...plan.sections, B3: '' },
    });
    expect(warningsOnly).toMatchObject({
      complete: true,
      errors: 0,
      warnings: 2,
    });

    const mixed = checkCompleteness({
      ...plan,
      vision: ' ',
      endYear: 2030,
      goals: [],
    });
    // Warning: horizon_short. Errors: vision, five blocks without goals, three pillars without goals.
    expect(mixed).toMatchObject({ complete: false, errors: 9, warnings: 1 });
    expect(mixed.issues).toHaveLength(10);
  });

  it('does not mutate its input', () => {
    const plan = completePlan();
    const goals = [goal('p3', 'B4', 'P3', []), goal('p1', 'B4', 'P1', [action('x', { leadUnit: null })])];
    const input = withGoals(goals, plan);
    const snapshot = structuredClone(input);
    checkCompleteness(input);
    expect(input).toEqual(snapshot);
    expect(input.goals.map((g) => g.id)).toEqual(['p3', 'p1']);
  });
});
