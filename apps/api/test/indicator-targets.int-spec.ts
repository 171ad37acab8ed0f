import type { ImportResult, IndicatorTarget, Page, Plan } from '@wk/contracts';
import { ApiClient, adoptPlan, createPlanFixture, first, firstGoal, longFile, problem, type TenantFixture } from '@wk/api/testing';
import { startTestApp, type TestApp } from './harness';

/** The names of the invalid fields of a 400 answer. */
const fields = (r: Parameters<typeof problem>[0]) => [...new Set(problem(r).invalidParams?.map((p) => p.name))].sort();

describe('effect indicators on goals: baseline, target, intermediate targets, judged against the wijk’s latest figure', () => {
  let t: TestApp;
  let operator: ApiClient;
  let f: TenantFixture;
  let other: TenantFixture;
  let plan: Plan;
  let code: string;

  beforeAll(async () => {
    t = await startTestApp();
    operator = await t.operator();
    f = await t.tenant();
    other = await t.tenant();
    plan = await createPlanFixture(f, { complete: true });
    code = first(f.wijken[0].cbsUnits, 'CBS unit').code;
    // RIVM's loneliness for the fixture's wijk: 30 % in 2016, 25 % in 2022 (a public import of the operator).
    const imported = await operator.post<ImportResult>('/platform/indicator-imports', {
      layout: 'long',
      fileName: 'eenzaam-doelen.csv',
      areaYear: 2024,
      content:
        longFile('eenzaam', 2016, { [code]: 30 }) +
        longFile('eenzaam', 2022, { [code]: 25 })
          .split('\n')
          .slice(1)
          .join('\n'),
    });
    expect(imported.status).toBe(200);
  });

  afterAll(() => t.close());

  const body = {
    indicatorCode: 'eenzaam',
    baseline: { year: 2016, value: 30 },
    target: { year: 2026, value: 20 },
  };

  it('links an indicator to a goal for the plan’s wijk and says, by the stated rule, that it is on course', async () => {
    const goal = firstGoal(plan);
    const created = await f.as.planner.post<IndicatorTarget>(`/goals/${goal.id}/indicator-targets`, body);
    expect(created.status).toBe(201);
    // Lower is better: the straight path expects 30 − 10 × 6/10 = 24 in 2022; the margin is 10 % of the planned
    // change (1 point), so 25 is just on course.
    expect(created.body).toMatchObject({
      goalId: goal.id,
      goalKey: goal.key,
      wijk: { id: f.wijken[0].id },
      indicator: { code: 'eenzaam', direction: 'lower_better' },
      latest: { year: 2022, value: 25 },
      tolerancePercent: 10,
      status: 'on_course',
    });
    expect(created.body.expected).toBeCloseTo(24, 9);
    const list = await f.as.planner.get<Page<IndicatorTarget>>(`/plans/${plan.id}/indicator-targets`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((x) => x.id)).toEqual([created.body.id]);
  });

  it('names the wrong field and stores nothing', async () => {
    const goal = firstGoal(plan);
    const before = await t.owner(`SELECT count(*)::int AS n FROM goal_indicator_targets WHERE tenant_id = $1`, [f.tenant.id]);
    const cases: [object, string[]][] = [
      [{ ...body, indicatorCode: 'bestaat_niet' }, ['indicatorCode']],
      [{ ...body, target: { year: 2016, value: 20 } }, ['target.year']],
      [{ ...body, intermediate: [{ year: 2030, value: 22 }] }, ['intermediate.0.year']],
      [{ ...body, wijkId: other.wijken[0].id }, ['wijkId']],
      [{ ...body, tolerancePercent: 200 }, ['tolerancePercent']],
      [{ ...body, baseline: { year: 2016, value: 'veel' } }, ['baseline.value']],
    ];
    for (const [wrong, names] of cases) {
      const r = await f.as.planner.post(`/goals/${goal.id}/indicator-targets`, wrong);
      expect({ status: r.status, fields: fields(r) }).toEqual({ status: 400, fields: names });
    }
    expect(await t.owner(`SELECT count(*)::int AS n FROM goal_indicator_targets WHERE tenant_id = $1`, [f.tenant.id])).toEqual(before);
  });

  it('changes a target with its version (409 when stale) and judges again: the target is reached', async () => {
    const [target] = (await f.as.planner.get<Page<IndicatorTarget>>(`/plans/${plan.id}/indicator-targets`)).body.items;
    if (!target) throw new Error('no target');
    const stale = await f.as.planner.patch(`/indicator-targets/${target.id}`, { version: target.version + 1, tolerancePercent: 5 });
    expect(stale.status).toBe(409);
    const changed = await f.as.planner.patch<IndicatorTarget>(`/indicator-targets/${target.id}`, {
      version: target.version,
      target: { year: 2026, value: 26 },
      intermediate: [{ year: 2020, value: 28 }],
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      status: 'target_reached',
      intermediate: [{ year: 2020, value: 28 }],
      version: target.version + 1,
    });
  });

  it('is invisible to another gemeente (404), and its roles decide who writes', async () => {
    const [target] = (await f.as.planner.get<Page<IndicatorTarget>>(`/plans/${plan.id}/indicator-targets`)).body.items;
    if (!target) throw new Error('no target');
    expect((await other.as.admin.get(`/plans/${plan.id}/indicator-targets`)).status).toBe(404);
    expect((await other.as.admin.patch(`/indicator-targets/${target.id}`, { version: target.version, tolerancePercent: 5 })).status).toBe(
      404,
    );
    expect((await other.as.admin.post(`/goals/${firstGoal(plan).id}/indicator-targets`, body)).status).toBe(404);
    expect((await f.as.contributor.post(`/goals/${firstGoal(plan).id}/indicator-targets`, body)).status).toBe(403);
  });

  it('freezes with the plan once adopted, and goes along to a new revision (by the goal’s key)', async () => {
    const adopted = await adoptPlan(f, (await f.as.planner.get<Plan>(`/plans/${plan.id}`)).body, {
      adoptedOn: '2025-03-01',
      decisionReference: 'Raadsbesluit doelen',
    });
    const refused = await f.as.planner.post(`/goals/${firstGoal(adopted).id}/indicator-targets`, body);
    expect(refused.status).toBe(409);
    const revision = await f.as.planner.post<Plan>(`/plans/${adopted.id}/revisions`, { version: adopted.version });
    expect(revision.status).toBe(201);
    const copied = await f.as.planner.get<Page<IndicatorTarget>>(`/plans/${revision.body.id}/indicator-targets`);
    // Everyone of the gemeente reads the adopted plan's targets (a raadslid too).
    const original = await f.as.viewer.get<Page<IndicatorTarget>>(`/plans/${adopted.id}/indicator-targets`);
    expect(original.status).toBe(200);
    expect(copied.body.items.map((x) => [x.goalKey, x.indicator.code, x.target])).toEqual(
      original.body.items.map((x) => [x.goalKey, x.indicator.code, x.target]),
    );
    expect(copied.body.items[0]?.goalId).not.toBe(original.body.items[0]?.goalId);
    // The wijk page reads the targets of the adopted plans of the wijk (everyone may; the draft revision's stay out).
    const forWijk = await f.as.viewer.get<Page<IndicatorTarget>>(`/wijken/${f.wijken[0].id}/indicator-targets`);
    expect(forWijk.body.items.map((x) => x.planId)).toEqual([adopted.id]);
    expect((await other.as.viewer.get(`/wijken/${f.wijken[0].id}/indicator-targets`)).status).toBe(404);
    // In the draft revision it can be deleted again (with its version); the adopted plan keeps its own.
    const own = first(copied.body.items, 'copied target');
    const deleted = await f.as.planner.delete(`/indicator-targets/${own.id}?version=${own.version}`);
    expect(deleted.status).toBe(204);
    expect((await f.as.planner.get<Page<IndicatorTarget>>(`/plans/${revision.body.id}/indicator-targets`)).body.total).toBe(0);
    expect((await f.as.planner.get<Page<IndicatorTarget>>(`/plans/${adopted.id}/indicator-targets`)).body.total).toBe(1);
  });

  it('says "no new measurement yet" when the wijk has no figure after the baseline year', async () => {
    const draft = await createPlanFixture(f, { title: 'Plan zonder nieuwe meting' });
    const r = await f.as.planner.post<IndicatorTarget>(`/goals/${firstGoal(draft).id}/indicator-targets`, {
      ...body,
      baseline: { year: 2022, value: 25 },
      target: { year: 2030, value: 20 },
    });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ status: 'no_new_measurement', latest: null, expected: null });
  });
});
