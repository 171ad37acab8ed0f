import type { ActionProgressList, Plan, PlanDashboard, TenantOverview } from '@wk/contracts';
import { adoptPlan, ApiClient, createPlanFixture, firstAction, only, TEST_PASSWORD, type TenantFixture } from '@wk/api/testing';
import { startTestApp, type TestApp } from './harness';

/**
 * The view cache (dashboard, overview, mijn acties, actions per unit): answers are kept per tenant data version,
 * which every writing request raises in its own transaction. Checked through real HTTP on a real database, with
 * two API instances sharing it.
 */
describe('view cache', () => {
  let t: TestApp;
  let second: TestApp;
  let f: TenantFixture;
  let other: TenantFixture;
  let plan: Plan;

  const versionOf = async (tenantId: string) =>
    Number(
      only(await t.owner(`SELECT coalesce((SELECT version FROM tenant_data_versions WHERE tenant_id = $1), 0) AS v`, [tenantId]))['v'],
    );
  const dashboard = (client: ApiClient) => client.get<PlanDashboard>(`/plans/${plan.id}/dashboard?asOf=2026-07-20`);
  const report = (percentComplete: number) =>
    f.as.planner.post(`/actions/${firstAction(plan).id}/updates`, {
      year: 2026,
      quarter: 1,
      status: 'on_track',
      percentComplete,
      narrative: `Stand: ${percentComplete}%.`,
      spentCents: 0,
    });
  /** The same user signed in on the second API instance. */
  const onSecond = async (email: string) => {
    const client = new ApiClient(second.baseUrl);
    await client.login(email, TEST_PASSWORD);
    return client;
  };

  beforeAll(async () => {
    t = await startTestApp();
    second = await startTestApp();
    f = await t.tenant();
    other = await t.tenant();
    plan = await adoptPlan(f, await createPlanFixture(f, { title: 'Cacheplan' }), {
      adoptedOn: '2026-01-15',
      decisionReference: 'RB 2026/9',
    });
    expect(plan.status).toBe('adopted');
  });
  afterAll(async () => {
    await second.close();
    await t.close();
  });

  it('a writing request raises its tenant data version; a refused one and other tenants do not', async () => {
    const before = await versionOf(f.tenant.id);
    const otherBefore = await versionOf(other.tenant.id);
    expect(before).toBeGreaterThan(0);
    expect((await report(10)).status).toBe(201);
    expect(await versionOf(f.tenant.id)).toBe(before + 1);
    const refused = await f.as.planner.post(`/actions/${firstAction(plan).id}/updates`, { year: 2026, quarter: 9 });
    expect(refused.status).toBe(400);
    expect(await versionOf(f.tenant.id)).toBe(before + 1);
    expect(await versionOf(other.tenant.id)).toBe(otherBefore);
    // Reading does not raise it.
    expect((await dashboard(f.as.planner)).status).toBe(200);
    expect(await versionOf(f.tenant.id)).toBe(before + 1);
  });

  it('answers a repeated view from memory until the tenant writes, then shows the change', async () => {
    const first = await dashboard(f.as.planner);
    expect(first.status).toBe(200);
    // A change made behind the API's back (no version raise) is not read again: the answer comes from memory.
    await t.owner(`UPDATE plans SET title = 'Buiten de API om' WHERE id = $1`, [plan.id]);
    const cached = await dashboard(f.as.planner);
    expect(cached.body.plan.title).toBe('Cacheplan');
    expect(cached.body).toEqual(first.body);
    // The next write through the API raises the version: the view is computed again and shows everything.
    expect((await report(20)).status).toBe(201);
    const fresh = await dashboard(f.as.planner);
    expect(fresh.body.plan.title).toBe('Buiten de API om');
    expect(fresh.body.total.progress).not.toBe(first.body.total.progress);
    await t.owner(`UPDATE plans SET title = 'Cacheplan' WHERE id = $1`, [plan.id]);
    expect((await report(25)).status).toBe(201);
  });

  it('a second API instance on the same database sees a write made through the first one', async () => {
    const planner2 = await onSecond(f.users.planner.email);
    const before = await dashboard(planner2);
    expect(before.status).toBe(200);
    expect((await report(60)).status).toBe(201);
    const after = await dashboard(planner2);
    expect(after.body.total.progress).toBeGreaterThan(before.body.total.progress);
    expect(after.body).toEqual((await dashboard(f.as.planner)).body);
  });

  it("keeps answers per tenant: another tenant asking for this plan's dashboard gets 404, also after it was cached", async () => {
    expect((await dashboard(f.as.planner)).status).toBe(200);
    const foreign = await dashboard(other.as.planner);
    expect(foreign.status).toBe(404);
    const overviewA = await f.as.planner.get<TenantOverview>('/overview');
    const overviewB = await other.as.planner.get<TenantOverview>('/overview');
    expect(overviewA.body.rows.some((r) => r.plan?.id === plan.id)).toBe(true);
    expect(overviewB.body.rows.some((r) => r.plan?.id === plan.id)).toBe(false);
  });

  it('keeps "mijn acties" per user: the contributor and the viewer each get their own answer', async () => {
    const asContributor = await f.as.contributor.get<ActionProgressList>('/my-actions?asOf=2026-07-20');
    const asViewer = await f.as.viewer.get<ActionProgressList>('/my-actions?asOf=2026-07-20');
    expect(asContributor.status).toBe(200);
    expect(asViewer.status).toBe(200);
    expect(asContributor.body.items.length).toBeGreaterThan(0);
    expect(asContributor.body.items.every((a) => a.canUpdate)).toBe(true);
    // The viewer has no units: an answer keyed only by tenant and URL would have given them the contributor's.
    expect(asViewer.body.items).toEqual([]);
    // Asked again, each still gets their own answer (not the other's from memory).
    const again = await f.as.viewer.get<ActionProgressList>('/my-actions?asOf=2026-07-20');
    expect(again.body).toEqual(asViewer.body);
    expect(again.body.items.some((a) => a.canUpdate)).toBe(false);
  });
});
