import type { AuditEvent, Page, Plan, PlanSummary, TenantOverview, Wijk } from '@wk/contracts';
import { addWijk, adoptPlan, createPlanFixture, first, firstGoal, type TenantFixture } from '@wk/api/testing';
import { startTestApp, type TestApp } from './harness';

/**
 * Readers (role viewer: raadsleden, bestuurders) see what the gemeente has decided: adopted and archived plans
 * and the wijken. Drafts, plans in review and the staff's e-mail addresses stay hidden from them, through every
 * route and also from an answer another role left in the view cache.
 */
describe('readers see decided plans only', () => {
  let t: TestApp;
  let f: TenantFixture;
  let adopted: Plan;
  /** The next revision of the adopted plan, still a draft. */
  let nextRevision: Plan;
  /** A draft plan for a wijk that has no adopted plan. */
  let draft: Plan;
  let draftOnly: Wijk;

  beforeAll(async () => {
    t = await startTestApp();
    f = await t.tenant();
    adopted = await adoptPlan(f, await createPlanFixture(f, { title: 'Vastgesteld plan' }), {
      adoptedOn: '2026-01-15',
      decisionReference: 'RB 2026/1',
    });
    const revision = await f.as.planner.post<Plan>(`/plans/${adopted.id}/revisions`, { version: adopted.version });
    expect(revision.status).toBe(201);
    nextRevision = revision.body;
    draftOnly = await addWijk(f, 'Wijk met alleen een concept');
    draft = await createPlanFixture(f, { title: 'Conceptplan', wijkIds: [draftOnly.id] });
  });
  afterAll(() => t.close());

  it('lists only adopted and archived plans, and their revisions without the drafts', async () => {
    const list = await f.as.viewer.get<Page<PlanSummary>>('/plans');
    expect(list.body.items.map((p) => p.title)).toEqual(['Vastgesteld plan']);
    const plan = await f.as.viewer.get<Plan>(`/plans/${adopted.id}`);
    expect(plan.status).toBe(200);
    expect(plan.body.revisions.map((r) => r.status)).toEqual(['adopted']);
    // A planner sees all three, and both revisions.
    expect((await f.as.planner.get<Page<PlanSummary>>('/plans')).body.items).toHaveLength(3);
    expect((await f.as.planner.get<Plan>(`/plans/${adopted.id}`)).body.revisions).toHaveLength(2);
  });

  it('gets 404 for a draft through every route that reads it', async () => {
    for (const plan of [nextRevision, draft]) {
      const goal = firstGoal(plan);
      const action = first(goal.actions, 'action');
      for (const path of [
        `/plans/${plan.id}`,
        `/plans/${plan.id}/dashboard`,
        `/plans/${plan.id}/milestones`,
        `/plans/${plan.id}/history`,
        // Compared with the adopted revision of its own lineage (the separate draft only with itself).
        `/plans/${plan.id}/comparison?baseId=${plan === nextRevision ? adopted.id : plan.id}`,
        `/plans/${plan.id}/closed-periods`,
        `/goals/${goal.id}`,
        `/actions/${action.id}`,
        `/actions/${action.id}/updates`,
        `/actions/${action.id}/milestones`,
      ]) {
        expect({ path, status: (await f.as.viewer.get(path)).status }).toEqual({ path, status: 404 });
        expect({ path, status: (await f.as.planner.get(path)).status }).toEqual({ path, status: 200 });
      }
    }
  });

  it('the overview shows a reader only adopted plans, also after a planner filled the view cache', async () => {
    const planner = await f.as.planner.get<TenantOverview>('/overview');
    const planned = planner.body.rows.find((r) => r.wijk.id === draftOnly.id);
    expect(planned?.plan?.title).toBe('Conceptplan');
    const reader = await f.as.viewer.get<TenantOverview>('/overview');
    const read = reader.body.rows.find((r) => r.wijk.id === draftOnly.id);
    expect(read?.plan).toBeNull();
    expect(reader.body.rows.find((r) => r.plan?.id === adopted.id)).toBeDefined();
  });

  it('a reader does not see the staff (users) and sees only the history of wijken', async () => {
    expect((await f.as.viewer.get('/users')).status).toBe(403);
    expect((await f.as.viewer.get(`/users/${f.users.planner.id}`)).status).toBe(403);
    const events = await f.as.viewer.get<Page<AuditEvent>>('/audit-events?limit=500');
    expect(events.status).toBe(200);
    expect(events.body.items.length).toBeGreaterThan(0);
    expect(new Set(events.body.items.map((e) => e.objectType))).toEqual(new Set(['wijk']));
    const asAdmin = await f.as.admin.get<Page<AuditEvent>>('/audit-events?limit=500');
    expect(new Set(asAdmin.body.items.map((e) => e.objectType)).size).toBeGreaterThan(1);
  });
});
