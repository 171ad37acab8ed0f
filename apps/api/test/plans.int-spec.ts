import type { AuditEvent, OrgUnit, Page, Plan, PlanAction, PlanComparison, PlanSummary, Wijk } from '@wk/contracts';
import {
  addWijk,
  createPlanFixture,
  fieldsOf,
  first,
  firstAction,
  firstGoal,
  GOAL_SLOTS,
  nth,
  only,
  problem,
  type ApiResponse,
  type TenantFixture,
} from '@wk/api/testing';
import { startTestApp, type TestApp } from './harness';
import { PLAN_TABLES } from '../src/migrations';

const allActions = (p: Plan): PlanAction[] => p.goals.flatMap((g) => g.actions);

/**
 * Plans through the real HTTP API on a real PostgreSQL: lifecycle per role, frozen revisions, stale writes,
 * validation of years, quarters, budgets and pillars, revisions and their comparison, reorder and move.
 */
describe('plans', () => {
  let t: TestApp;
  let f: TenantFixture;

  beforeAll(async () => {
    t = await startTestApp();
    f = await t.tenant();
  });
  afterAll(() => t.close());

  /** Row counts of the plan tables for this tenant (to prove a refused write left nothing behind). */
  async function counts(): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const table of PLAN_TABLES) {
      const rows = await t.owner(`SELECT count(*)::int AS n FROM ${table} WHERE tenant_id = $1`, [f.tenant.id]);
      out[table] = only(rows)['n'] as number;
    }
    return out;
  }

  describe('the template and the completeness check', () => {
    it('a new plan is a draft with an empty section per building block, and the check lists what is missing', async () => {
      const res = await f.as.planner.post<Plan>('/plans', {
        title: 'Leeg plan',
        wijkIds: [f.wijken[0].id],
        startYear: 2025,
        endYear: 2030,
      });
      expect(res.status).toBe(201);
      const plan = res.body;
      expect(plan).toMatchObject({
        status: 'draft',
        revision: 1,
        readOnly: false,
        vision: '',
        wijken: [{ id: f.wijken[0].id, name: f.wijken[0].name }],
      });
      expect(plan.sections).toEqual({
        B1: '',
        B2: '',
        B3: '',
        B4: '',
        B5: '',
        B6: '',
      });
      const codes = plan.completeness.issues.map((i) => `${i.severity}:${i.code}:${i.block ?? ''}${i.pillar ?? ''}`);
      expect(codes).toEqual([
        'warning:horizon_short:',
        'error:vision_missing:',
        'warning:section_empty:B1',
        'error:block_without_goals:B1',
        'warning:section_empty:B2',
        'error:block_without_goals:B2',
        'warning:section_empty:B3',
        'error:block_without_goals:B3',
        'warning:section_empty:B4',
        'error:pillar_without_goals:B4P1',
        'error:pillar_without_goals:B4P2',
        'error:pillar_without_goals:B4P3',
        'warning:section_empty:B5',
        'error:block_without_goals:B5',
        'warning:section_empty:B6',
        'error:block_without_goals:B6',
      ]);
      expect(plan.completeness).toMatchObject({
        complete: false,
        errors: 9,
        warnings: 7,
      });
      const submit = await f.as.planner.post(`/plans/${plan.id}/submit`, {
        version: plan.version,
      });
      expect(submit.status).toBe(409);
      expect(problem(submit).code).toBe('plan_incomplete');
    });

    it('flags goals without actions and actions without a lead or outside a shortened horizon', async () => {
      let plan = await createPlanFixture(f, { title: 'Controleplan' });
      expect(plan.completeness).toMatchObject({
        complete: true,
        errors: 0,
        warnings: 0,
      });
      const goal = firstGoal(plan);
      plan = (
        await f.as.planner.post<Plan>(`/plans/${plan.id}/goals`, {
          block: 'B2',
          statement: 'Doel zonder acties',
        })
      ).body;
      const action = first(goal.actions, 'action');
      plan = (
        await f.as.planner.patch<Plan>(`/actions/${action.id}`, {
          leadUnitId: null,
          version: action.version,
        })
      ).body;
      plan = (
        await f.as.planner.patch<Plan>(`/plans/${plan.id}`, {
          endYear: 2027,
          version: plan.version,
        })
      ).body;
      const issues = plan.completeness.issues.filter((i) => i.severity === 'error').map((i) => `${i.code}:${i.subject}`);
      expect(issues).toContain('goal_without_actions:Doel zonder acties');
      expect(issues).toContain(`action_without_lead:${action.title}`);
      // every action runs to 2028: all are now outside the 2025–2027 horizon
      expect(issues.filter((i) => i.startsWith('action_outside_horizon'))).toHaveLength(allActions(plan).length);
      expect(plan.completeness.issues.map((i) => i.code)).toContain('horizon_short');
    });
  });

  describe('lifecycle', () => {
    it('draft → in_review → (back to draft) → in_review → adopted → archived, each step recorded in the history', async () => {
      let plan = await createPlanFixture(f, { title: 'Levensloop' });
      const step = async (path: string, body: object, expected = 200) => {
        const r = await f.as.planner.post<Plan>(`/plans/${plan.id}/${path}`, {
          ...body,
          version: plan.version,
        });
        expect({
          path,
          status: r.status,
          text: r.status === expected ? '' : r.text,
        }).toEqual({ path, status: expected, text: '' });
        plan = r.body;
        return r;
      };
      await step('submit', {});
      expect(plan).toMatchObject({ status: 'in_review', readOnly: true });
      expect(plan.submittedAt).not.toBeNull();
      await step('reopen', {});
      expect(plan).toMatchObject({
        status: 'draft',
        readOnly: false,
        submittedAt: null,
      });
      await step('submit', {});
      await step('adopt', {
        adoptedOn: '2025-06-30',
        decisionReference: 'Raadsbesluit 2025/114',
      });
      expect(plan).toMatchObject({
        status: 'adopted',
        adoptedOn: '2025-06-30',
        decisionReference: 'Raadsbesluit 2025/114',
        readOnly: true,
      });
      await step('archive', {});
      expect(plan.status).toBe('archived');
      expect(plan.archivedAt).not.toBeNull();

      const history = await f.as.viewer.get<Page<AuditEvent>>(`/plans/${plan.id}/history`);
      expect(history.status).toBe(200);
      const actions = history.body.items.map((e) => e.action);
      expect(actions.slice(0, 6)).toEqual([
        'plan.archived',
        'plan.adopted',
        'plan.submitted',
        'plan.reopened',
        'plan.submitted',
        'action.created',
      ]);
      expect(actions.filter((a) => a === 'goal.created')).toHaveLength(GOAL_SLOTS.length);
      expect(actions.at(-1)).toBe('plan.created');
      expect(first(history.body.items).actorName).toBe(f.users.planner.name);
    });

    it('refuses steps that do not fit the status, and the adoption needs a real date and a decision', async () => {
      const plan = await createPlanFixture(f, { title: 'Verkeerde stappen' });
      for (const path of ['reopen', 'archive', 'revisions']) {
        const r = await f.as.planner.post(`/plans/${plan.id}/${path}`, {
          version: plan.version,
        });
        expect({ path, status: r.status, code: problem(r).code }).toEqual({
          path,
          status: 409,
          code: 'invalid_transition',
        });
      }
      const adoptDraft = await f.as.planner.post(`/plans/${plan.id}/adopt`, {
        adoptedOn: '2025-06-30',
        decisionReference: 'RB 1',
        version: plan.version,
      });
      expect(problem(adoptDraft).code).toBe('invalid_transition');
      const submitted = (
        await f.as.planner.post<Plan>(`/plans/${plan.id}/submit`, {
          version: plan.version,
        })
      ).body;
      const badDate = await f.as.planner.post(`/plans/${plan.id}/adopt`, {
        adoptedOn: '2025-02-30',
        decisionReference: 'RB 1',
        version: submitted.version,
      });
      expect(badDate.status).toBe(400);
      expect(fieldsOf(badDate)).toEqual(['adoptedOn']);
      const noDecision = await f.as.planner.post(`/plans/${plan.id}/adopt`, {
        adoptedOn: '2025-06-30',
        decisionReference: '  ',
        version: submitted.version,
      });
      expect(fieldsOf(noDecision)).toEqual(['decisionReference']);
      expect((await f.as.planner.get<Plan>(`/plans/${plan.id}`)).body.status).toBe('in_review');
    });

    it('contributors and viewers read plans but cannot write or move them through the lifecycle', async () => {
      const plan = await createPlanFixture(f, { title: 'Alleen lezen' });
      for (const role of ['contributor', 'viewer'] as const) {
        const client = f.as[role];
        // A contributor reads drafts; a viewer (raadslid) sees adopted and archived plans only.
        const seen = role === 'contributor';
        expect((await client.get<Plan>(`/plans/${plan.id}`)).status).toBe(seen ? 200 : 404);
        expect((await client.get<Page<PlanSummary>>('/plans')).body.items.some((p) => p.id === plan.id)).toBe(seen);
        const attempts = [
          await client.patch(`/plans/${plan.id}`, {
            title: 'Niet toegestaan',
            version: plan.version,
          }),
          await client.post(`/plans/${plan.id}/submit`, {
            version: plan.version,
          }),
          await client.post(`/plans/${plan.id}/goals`, {
            block: 'B1',
            statement: 'Niet toegestaan',
          }),
          await client.patch(`/actions/${firstAction(plan).id}`, {
            title: 'Niet toegestaan',
            version: 1,
          }),
          await client.post('/plans', {
            title: 'Niet toegestaan',
            wijkIds: [f.wijken[0].id],
            startYear: 2025,
            endYear: 2040,
          }),
        ];
        expect(attempts.map((r) => r.status)).toEqual([403, 403, 403, 403, 403]);
      }
      expect((await f.as.planner.get<Plan>(`/plans/${plan.id}`)).body.title).toBe('Alleen lezen');
    });
  });

  describe('frozen revisions', () => {
    it('every write route refuses an adopted revision, and nothing changes', async () => {
      let plan = await createPlanFixture(f, { title: 'Bevroren' });
      plan = (
        await f.as.planner.post<Plan>(`/plans/${plan.id}/submit`, {
          version: plan.version,
        })
      ).body;
      // in review is read-only too
      const inReview = await f.as.planner.patch(`/plans/${plan.id}`, {
        title: 'Tijdens bespreking',
        version: plan.version,
      });
      expect(problem(inReview).code).toBe('plan_read_only');
      plan = (
        await f.as.planner.post<Plan>(`/plans/${plan.id}/adopt`, {
          adoptedOn: '2025-07-01',
          decisionReference: 'RB 2025/2',
          version: plan.version,
        })
      ).body;
      expect(plan.status).toBe('adopted');
      const goal = firstGoal(plan);
      const action = first(goal.actions, 'action');
      const before = await counts();
      const snapshot = (await f.as.planner.get<Plan>(`/plans/${plan.id}`)).body;
      const writes: [string, Promise<ApiResponse>][] = [
        [
          'PATCH plan',
          f.as.planner.patch(`/plans/${plan.id}`, {
            title: 'Gewijzigd',
            version: plan.version,
          }),
        ],
        ['DELETE plan', f.as.planner.delete(`/plans/${plan.id}?version=${plan.version}`)],
        [
          'POST goal',
          f.as.planner.post(`/plans/${plan.id}/goals`, {
            block: 'B1',
            statement: 'Nieuw doel',
          }),
        ],
        [
          'PUT goal-order',
          f.as.planner.put(`/plans/${plan.id}/goal-order`, {
            block: goal.block,
            pillar: goal.pillar,
            goalIds: [goal.id],
            version: plan.version,
          }),
        ],
        [
          'PATCH goal',
          f.as.planner.patch(`/goals/${goal.id}`, {
            statement: 'Gewijzigd',
            version: goal.version,
          }),
        ],
        ['DELETE goal', f.as.planner.delete(`/goals/${goal.id}?version=${goal.version}`)],
        [
          'POST action',
          f.as.planner.post(`/goals/${goal.id}/actions`, {
            title: 'Nieuw',
            start: { year: 2026, quarter: 1 },
            end: { year: 2026, quarter: 2 },
          }),
        ],
        [
          'PUT action-order',
          f.as.planner.put(`/goals/${goal.id}/action-order`, {
            actionIds: [action.id],
            version: goal.version,
          }),
        ],
        [
          'PATCH action',
          f.as.planner.patch(`/actions/${action.id}`, {
            title: 'Gewijzigd',
            version: action.version,
          }),
        ],
        ['DELETE action', f.as.planner.delete(`/actions/${action.id}?version=${action.version}`)],
      ];
      for (const [what, call] of writes) {
        const r = await call;
        expect({ what, status: r.status, code: problem(r).code }).toEqual({
          what,
          status: 409,
          code: 'plan_read_only',
        });
      }
      expect(await counts()).toEqual(before);
      const after = (await f.as.planner.get<Plan>(`/plans/${plan.id}`)).body;
      expect(after).toEqual(snapshot);
    });

    it('the database refuses a second open revision or a second adopted one of the same plan', async () => {
      const plan = await createPlanFixture(f, {
        title: 'Uniek',
        complete: false,
      });
      const insert = (status: string, revision: number) =>
        t.owner(
          `INSERT INTO plans (tenant_id, lineage_id, revision, title, start_year, end_year, sections, status, adopted_on, decision_reference, version)
           VALUES ($1, $2, $4, 'x', 2025, 2040, '{}', $3, '2025-01-01', 'RB', 1)`,
          [f.tenant.id, plan.lineageId, status, revision],
        );
      await expect(insert('draft', 7)).rejects.toThrow(/uq_plans_one_open_revision/);
      await expect(insert('adopted', 8)).resolves.toHaveLength(0);
      await expect(insert('adopted', 9)).rejects.toThrow(/uq_plans_one_adopted_revision/);
      await t.owner(`DELETE FROM plans WHERE tenant_id = $1 AND lineage_id = $2 AND revision > 1`, [f.tenant.id, plan.lineageId]);
    });
  });

  describe('revisions and comparison', () => {
    it('a new revision copies the adopted plan; adopting it archives the old one; the comparison shows what changed', async () => {
      // A wijk of its own: the plan adopted in another test is in force for the fixture's wijk.
      let v1 = await createPlanFixture(f, {
        title: 'Met versies',
        wijkIds: [(await addWijk(f)).id],
      });
      v1 = (
        await f.as.planner.post<Plan>(`/plans/${v1.id}/submit`, {
          version: v1.version,
        })
      ).body;
      v1 = (
        await f.as.planner.post<Plan>(`/plans/${v1.id}/adopt`, {
          adoptedOn: '2025-03-01',
          decisionReference: 'RB 2025/1',
          version: v1.version,
        })
      ).body;
      const created = await f.as.planner.post<Plan>(`/plans/${v1.id}/revisions`, { version: v1.version });
      expect(created.status).toBe(201);
      let v2 = created.body;
      expect(v2).toMatchObject({
        status: 'draft',
        revision: 2,
        lineageId: v1.lineageId,
        title: v1.title,
        vision: v1.vision,
        sections: v1.sections,
      });
      expect(v2.id).not.toBe(v1.id);
      // same structure, same keys, new ids
      const shape = (p: Plan) =>
        p.goals.map((g) => ({
          key: g.key,
          block: g.block,
          pillar: g.pillar,
          statement: g.statement,
          actions: g.actions.map((a) => ({
            ...a,
            id: undefined,
            planId: undefined,
            goalId: undefined,
            version: undefined,
          })),
        }));
      expect(shape(v2)).toEqual(shape(v1));
      expect(allActions(v2).map((a) => a.id)).not.toEqual(expect.arrayContaining([first(allActions(v1), 'action').id]));
      expect(v2.revisions.map((r) => [r.revision, r.status])).toEqual([
        [1, 'adopted'],
        [2, 'draft'],
      ]);
      // only one open revision at a time
      const again = await f.as.planner.post(`/plans/${v1.id}/revisions`, {
        version: v1.version,
      });
      expect(again.status).toBe(409);
      expect(problem(again).code).toBe('conflict');

      // change things in the draft
      const changed = nth(allActions(v2), 0, 'action');
      const removed = nth(allActions(v2), 1, 'action');
      v2 = (
        await f.as.planner.patch<Plan>(`/actions/${changed.id}`, {
          title: 'Actie 1 (aangepast)',
          end: { year: 2029, quarter: 2 },
          version: changed.version,
        })
      ).body;
      v2 = (await f.as.planner.delete<Plan>(`/actions/${removed.id}?version=${removed.version}`)).body;
      v2 = (
        await f.as.planner.post<Plan>(`/goals/${nth(v2.goals, 1, 'goal').id}/actions`, {
          title: 'Nieuwe actie',
          leadUnitId: f.orgUnits[0].id,
          start: { year: 2027, quarter: 1 },
          end: { year: 2027, quarter: 4 },
        })
      ).body;
      v2 = (
        await f.as.planner.post<Plan>(`/plans/${v2.id}/goals`, {
          block: 'B4',
          pillar: 'P2',
          statement: 'Nieuw doel stijging',
        })
      ).body;
      v2 = (
        await f.as.planner.patch<Plan>(`/plans/${v2.id}`, {
          vision: 'Nieuwe visie.',
          sections: { B3: 'Nieuwe tekst B3.' },
          version: v2.version,
        })
      ).body;
      // v1 is untouched
      const v1Again = (await f.as.planner.get<Plan>(`/plans/${v1.id}`)).body;
      expect(v1Again.goals).toEqual(v1.goals);

      const cmp = await f.as.planner.get<PlanComparison>(`/plans/${v2.id}/comparison?baseId=${v1.id}`);
      expect(cmp.status).toBe(200);
      expect(cmp.body.base).toMatchObject({ id: v1.id, revision: 1 });
      expect(cmp.body.target).toMatchObject({ id: v2.id, revision: 2 });
      expect(cmp.body.plan).toEqual([
        { field: 'vision', before: v1.vision, after: 'Nieuwe visie.' },
        {
          field: 'sections.B3',
          before: 'Tekst voor B3.',
          after: 'Nieuwe tekst B3.',
        },
      ]);
      expect(cmp.body.goals.map((g) => [g.change, g.statement])).toEqual([['added', 'Nieuw doel stijging']]);
      const byTitle = Object.fromEntries(cmp.body.actions.map((a) => [a.title, a]));
      expect(byTitle['Actie 1 (aangepast)']).toMatchObject({
        change: 'changed',
        fields: [
          { field: 'title', before: 'Actie 1', after: 'Actie 1 (aangepast)' },
          {
            field: 'end',
            before: { year: 2028, quarter: 4 },
            after: { year: 2029, quarter: 2 },
          },
        ],
      });
      expect(byTitle[removed.title]).toMatchObject({ change: 'removed' });
      expect(byTitle['Nieuwe actie']).toMatchObject({
        change: 'added',
        goalStatement: v2.goals.find((g) => g.key === nth(v1.goals, 1, 'goal').key)?.statement,
      });
      expect(cmp.body.actions).toHaveLength(3);

      // adopt v2 (once its new goal has an action): v1 becomes archived
      const newGoal = v2.goals.find((g) => g.statement === 'Nieuw doel stijging');
      v2 = (
        await f.as.planner.post<Plan>(`/goals/${newGoal?.id}/actions`, {
          title: 'Stage',
          leadUnitId: f.orgUnits[0].id,
          start: { year: 2027, quarter: 1 },
          end: { year: 2027, quarter: 4 },
        })
      ).body;
      expect(v2.completeness.complete).toBe(true);
      v2 = (
        await f.as.planner.post<Plan>(`/plans/${v2.id}/submit`, {
          version: v2.version,
        })
      ).body;
      expect(v2.status).toBe('in_review');
      v2 = (
        await f.as.planner.post<Plan>(`/plans/${v2.id}/adopt`, {
          adoptedOn: '2026-03-01',
          decisionReference: 'RB 2026/7',
          version: v2.version,
        })
      ).body;
      expect(v2.revisions.map((r) => [r.revision, r.status])).toEqual([
        [1, 'archived'],
        [2, 'adopted'],
      ]);
    });

    it('compares only revisions of the same plan', async () => {
      const one = await createPlanFixture(f, {
        title: 'Plan een',
        complete: false,
      });
      const two = await createPlanFixture(f, {
        title: 'Plan twee',
        complete: false,
      });
      const r = await f.as.planner.get(`/plans/${one.id}/comparison?baseId=${two.id}`);
      expect(r.status).toBe(400);
      expect(fieldsOf(r)).toEqual(['baseId']);
    });
  });

  describe('stale writes', () => {
    it('a write based on an old version gets 409 with the current version, and changes nothing', async () => {
      const plan = await createPlanFixture(f, { title: 'Gelijktijdig' });
      const first = await f.as.planner.patch<Plan>(`/plans/${plan.id}`, {
        title: 'Eerste wijziging',
        version: plan.version,
      });
      expect(first.status).toBe(200);
      const second = await f.as.admin.patch(`/plans/${plan.id}`, {
        title: 'Tweede wijziging',
        version: plan.version,
      });
      expect(second.status).toBe(409);
      expect(problem(second)).toMatchObject({
        code: 'version_conflict',
        currentVersion: first.body.version,
      });
      const action = firstAction(plan);
      expect(
        (
          await f.as.planner.patch(`/actions/${action.id}`, {
            title: 'A',
            version: action.version,
          })
        ).status,
      ).toBe(200);
      const staleAction = await f.as.admin.patch(`/actions/${action.id}`, {
        title: 'B',
        version: action.version,
      });
      expect(problem(staleAction)).toMatchObject({
        code: 'version_conflict',
        currentVersion: action.version + 1,
      });
      const goal = firstGoal(plan);
      expect(
        (
          await f.as.planner.patch(`/goals/${goal.id}`, {
            statement: 'A',
            version: goal.version,
          })
        ).status,
      ).toBe(200);
      expect((await f.as.admin.delete(`/goals/${goal.id}?version=${goal.version}`)).status).toBe(409);
      const now = (await f.as.planner.get<Plan>(`/plans/${plan.id}`)).body;
      expect(now.title).toBe('Eerste wijziging');
      expect(firstGoal(now).statement).toBe('A');
      expect(firstAction(now).title).toBe('A');
    });
  });

  describe('validation', () => {
    let plan: Plan;
    beforeAll(async () => {
      plan = await createPlanFixture(f, { title: 'Validatie' });
    });

    it('horizon: end before start, years out of range', async () => {
      const r = await f.as.planner.post('/plans', {
        title: 'x',
        wijkIds: [f.wijken[0].id],
        startYear: 2040,
        endYear: 2030,
      });
      expect(r.status).toBe(400);
      expect(fieldsOf(r)).toEqual(['endYear']);
      const range = await f.as.planner.post('/plans', {
        title: 'x',
        wijkIds: [f.wijken[0].id],
        startYear: 1890,
        endYear: 2300,
      });
      expect(fieldsOf(range)).toEqual(['endYear', 'startYear']);
    });

    it('actions: quarters 1–4, end not before start, inside the horizon, budget years inside the period and unique, integer cents', async () => {
      const goal = firstGoal(plan);
      const base = {
        title: 'Actie',
        leadUnitId: f.orgUnits[0].id,
        start: { year: 2026, quarter: 1 },
        end: { year: 2027, quarter: 4 },
      };
      const cases: [string, object, string[]][] = [
        ['quarter 5', { ...base, start: { year: 2026, quarter: 5 } }, ['start.quarter']],
        ['quarter 0', { ...base, end: { year: 2027, quarter: 0 } }, ['end.quarter']],
        [
          'end before start',
          {
            ...base,
            start: { year: 2027, quarter: 3 },
            end: { year: 2027, quarter: 2 },
          },
          ['end'],
        ],
        ['before the horizon', { ...base, start: { year: 2024, quarter: 4 } }, ['start.year']],
        ['after the horizon', { ...base, end: { year: 2041, quarter: 1 } }, ['end.year']],
        ['budget outside the period', { ...base, budget: [{ year: 2029, amountCents: 100 }] }, ['budget.0.year']],
        [
          'budget year twice',
          {
            ...base,
            budget: [
              { year: 2026, amountCents: 100 },
              { year: 2026, amountCents: 200 },
            ],
          },
          ['budget.1.year'],
        ],
        ['negative budget', { ...base, budget: [{ year: 2026, amountCents: -1 }] }, ['budget.0.amountCents']],
        ['budget in euros with decimals', { ...base, budget: [{ year: 2026, amountCents: 12.5 }] }, ['budget.0.amountCents']],
        ['budget as text', { ...base, budget: [{ year: 2026, amountCents: '1000' }] }, ['budget.0.amountCents']],
        [
          'milestone date that does not exist',
          {
            ...base,
            milestones: [{ title: 'M', dueDate: '2026-13-01', done: false }],
          },
          ['milestones.0.dueDate'],
        ],
        ['lead also contributing', { ...base, contributingUnitIds: [f.orgUnits[0].id] }, ['contributingUnitIds.0']],
        ['unknown lead unit', { ...base, leadUnitId: '00000000-0000-4000-8000-000000000000' }, ['leadUnitId']],
        ['unknown owner', { ...base, ownerId: '00000000-0000-4000-8000-000000000000' }, ['ownerId']],
      ];
      const before = await counts();
      for (const [what, body, fields] of cases) {
        const r = await f.as.planner.post(`/goals/${goal.id}/actions`, body);
        expect({ what, status: r.status, fields: fieldsOf(r) }).toEqual({
          what,
          status: 400,
          fields,
        });
        expect(first(problem(r).invalidParams ?? [], 'invalid param').reason).toMatch(/\S/);
      }
      expect(await counts()).toEqual(before);
      const good = await f.as.planner.post<Plan>(`/goals/${goal.id}/actions`, {
        ...base,
        budget: [{ year: 2027, amountCents: 1_234_567_89 }],
      });
      expect(good.status).toBe(201);
      const created = firstGoal(good.body).actions.at(-1);
      expect(created?.budget).toEqual([{ year: 2027, amountCents: 123456789 }]);
    });

    it('pillars: required under B4, refused elsewhere; a goal that leaves B4 drops its pillar', async () => {
      const b4 = await f.as.planner.post(`/plans/${plan.id}/goals`, {
        block: 'B4',
        statement: 'Zonder pijler',
      });
      expect(b4.status).toBe(400);
      expect(fieldsOf(b4)).toEqual(['pillar']);
      const b1 = await f.as.planner.post(`/plans/${plan.id}/goals`, {
        block: 'B1',
        pillar: 'P1',
        statement: 'Met pijler',
      });
      expect(fieldsOf(b1)).toEqual(['pillar']);
      const p4 = await f.as.planner.post(`/plans/${plan.id}/goals`, {
        block: 'B4',
        pillar: 'P4',
        statement: 'Onbekende pijler',
      });
      expect(fieldsOf(p4)).toEqual(['pillar']);
      const b7 = await f.as.planner.post(`/plans/${plan.id}/goals`, {
        block: 'B7',
        statement: 'Onbekende bouwsteen',
      });
      expect(fieldsOf(b7)).toEqual(['block']);
      const goal = plan.goals.find((g) => g.block === 'B4' && g.pillar === 'P3');
      if (!goal) throw new Error('fixture has a P3 goal');
      const toB2 = await f.as.planner.patch<Plan>(`/goals/${goal.id}`, {
        block: 'B2',
        version: goal.version,
      });
      expect(toB2.status).toBe(200);
      const moved = toB2.body.goals.find((g) => g.id === goal.id);
      expect(moved).toMatchObject({ block: 'B2', pillar: null });
      expect(toB2.body.completeness.issues.map((i) => `${i.code}:${i.pillar ?? ''}`)).toContain('pillar_without_goals:P3');
      const back = await f.as.planner.patch(`/goals/${goal.id}`, {
        block: 'B4',
        version: moved?.version,
      });
      expect(fieldsOf(back)).toEqual(['pillar']);
    });

    it("names unknown wijken, and another goal's plan for a move", async () => {
      const r = await f.as.planner.post('/plans', {
        title: 'x',
        wijkIds: [f.wijken[0].id, '00000000-0000-4000-8000-000000000000'],
        startYear: 2025,
        endYear: 2040,
      });
      expect(fieldsOf(r)).toEqual(['wijkIds.1']);
      const other = await createPlanFixture(f, { title: 'Ander plan' });
      const action = firstAction(plan);
      const move = await f.as.planner.patch(`/actions/${action.id}`, {
        goalId: firstGoal(other).id,
        version: action.version,
      });
      expect(fieldsOf(move)).toEqual(['goalId']);
    });

    it('an org unit that leads an action cannot be deleted (409, not a 500)', async () => {
      const unit = (
        await f.as.admin.post<OrgUnit>('/org-units', {
          name: 'Tijdelijke afdeling',
          kind: 'department',
        })
      ).body;
      const goal = firstGoal(plan);
      expect(
        (
          await f.as.planner.post(`/goals/${goal.id}/actions`, {
            title: 'Met tijdelijke trekker',
            leadUnitId: unit.id,
            start: { year: 2026, quarter: 1 },
            end: { year: 2026, quarter: 4 },
          })
        ).status,
      ).toBe(201);
      const del = await f.as.admin.delete(`/org-units/${unit.id}?version=${unit.version}`);
      expect(del.status).toBe(409);
      expect(problem(del).code).toBe('conflict');
      expect((await f.as.admin.get(`/org-units/${unit.id}`)).status).toBe(200);
      const wijk = f.wijken[0];
      const delWijk = await f.as.admin.delete(
        `/wijken/${wijk.id}?version=${(await f.as.admin.get<Wijk>(`/wijken/${wijk.id}`)).body.version}`,
      );
      expect(delWijk.status).toBe(409);
    });
  });

  describe('reorder and move', () => {
    it('reorders goals within a block and actions within a goal, and moves an action to another goal', async () => {
      let plan = await createPlanFixture(f, { title: 'Volgorde' });
      plan = (
        await f.as.planner.post<Plan>(`/plans/${plan.id}/goals`, {
          block: 'B1',
          statement: 'Tweede B1-doel',
        })
      ).body;
      plan = (
        await f.as.planner.post<Plan>(`/plans/${plan.id}/goals`, {
          block: 'B1',
          statement: 'Derde B1-doel',
        })
      ).body;
      const b1 = () => plan.goals.filter((g) => g.block === 'B1');
      expect(b1().map((g) => g.statement)).toEqual(['Doel 1 (B1)', 'Tweede B1-doel', 'Derde B1-doel']);
      const reversed = b1()
        .map((g) => g.id)
        .reverse();
      const r = await f.as.planner.put<Plan>(`/plans/${plan.id}/goal-order`, {
        block: 'B1',
        goalIds: reversed,
        version: plan.version,
      });
      expect(r.status).toBe(200);
      plan = r.body;
      expect(b1().map((g) => g.statement)).toEqual(['Derde B1-doel', 'Tweede B1-doel', 'Doel 1 (B1)']);
      // the list must be exactly the goals of that block
      const partial = await f.as.planner.put(`/plans/${plan.id}/goal-order`, {
        block: 'B1',
        goalIds: reversed.slice(1),
        version: plan.version,
      });
      expect(fieldsOf(partial)).toEqual(['goalIds']);
      const stale = await f.as.planner.put(`/plans/${plan.id}/goal-order`, {
        block: 'B1',
        goalIds: reversed,
        version: plan.version - 1,
      });
      expect(stale.status).toBe(409);

      // move the action of "Doel 2 (B2)" to "Doel 1 (B1)", then put it first there
      const from = plan.goals.find((g) => g.statement === 'Doel 2 (B2)');
      const to = plan.goals.find((g) => g.statement === 'Doel 1 (B1)');
      if (!from || !to) throw new Error('fixture goals');
      const action = first(from.actions, 'action');
      const moved = await f.as.planner.patch<Plan>(`/actions/${action.id}`, {
        goalId: to.id,
        version: action.version,
      });
      expect(moved.status).toBe(200);
      plan = moved.body;
      const target = plan.goals.find((g) => g.id === to.id);
      expect(target?.actions.map((a) => a.title)).toEqual(['Actie 1', 'Actie 2']);
      expect(plan.goals.find((g) => g.id === from.id)?.actions).toEqual([]);
      expect(plan.completeness.issues.map((i) => `${i.code}:${i.subject}`)).toContain('goal_without_actions:Doel 2 (B2)');
      const order = await f.as.planner.put<Plan>(`/goals/${to.id}/action-order`, {
        actionIds: target?.actions.map((a) => a.id).reverse(),
        version: target?.version,
      });
      expect(order.status).toBe(200);
      expect(order.body.goals.find((g) => g.id === to.id)?.actions.map((a) => a.title)).toEqual(['Actie 2', 'Actie 1']);
      const history = (await f.as.planner.get<Page<AuditEvent>>(`/plans/${plan.id}/history`)).body.items.map((e) => e.action);
      expect(history.slice(0, 3)).toEqual(['action.reordered', 'action.moved', 'goal.reordered']);
    });
  });

  describe('lists', () => {
    it('lists plans per tenant and per wijk, with counts', async () => {
      const all = await f.as.planner.get<Page<PlanSummary>>('/plans');
      expect(all.status).toBe(200);
      expect(all.body.total).toBe(all.body.items.length);
      expect(all.body.items.length).toBeGreaterThan(3);
      const full = all.body.items.find((p) => p.goalCount === GOAL_SLOTS.length);
      expect(full?.actionCount).toBeGreaterThanOrEqual(GOAL_SLOTS.length);
      const perWijk = await f.as.planner.get<Page<PlanSummary>>(`/plans?wijkId=${f.wijken[0].id}`);
      // Every plan of this suite is about the fixture's wijk, except the revisions test's ("Met versies").
      expect(perWijk.body.items.map((p) => p.id).sort()).toEqual(
        all.body.items
          .filter((p) => p.title !== 'Met versies')
          .map((p) => p.id)
          .sort(),
      );
      expect(perWijk.body.items.length).toBeGreaterThan(3);
      const none = await f.as.viewer.get<Page<PlanSummary>>('/plans?wijkId=00000000-0000-4000-8000-000000000000');
      expect(none.status).toBe(200);
      expect(none.body.items).toEqual([]);
    });

    it('deletes a draft but never an adopted revision', async () => {
      const draft = await createPlanFixture(f, {
        title: 'Weg ermee',
        complete: false,
      });
      expect((await f.as.planner.delete(`/plans/${draft.id}?version=${draft.version}`)).status).toBe(204);
      expect((await f.as.planner.get(`/plans/${draft.id}`)).status).toBe(404);
    });
  });
});
