import type { AuditEvent, Page, Plan, PlanDashboard, ProgressUpdate, SessionInfo, TenantOverview } from '@wk/contracts';
import { adoptPlan, createPlanFixture, first, firstAction, type TenantFixture } from '@wk/api/testing';
import { startTestApp, type TestApp } from './harness';
import { dayIn } from '@wk/util';

/**
 * The product's one clock, through real HTTP: an API started with WK_TODAY takes that day as today everywhere
 * (session, views, what may be reported, timestamps it writes), whatever the machine's date. Two instances on
 * different days share one database, so each answer shows which clock it read.
 */
describe('the clock (WK_TODAY)', () => {
  let leap: TestApp;
  let early: TestApp;
  let f: TenantFixture;
  let plan: Plan;

  const report = (app: TestApp, year: number, quarter: number) =>
    f.as.planner.on(app.baseUrl).post<ProgressUpdate>(`/actions/${firstAction(plan).id}/updates`, {
      year,
      quarter,
      status: 'on_track',
      percentComplete: 40,
      narrative: `Gemeld voor ${year} K${quarter}.`,
      spentCents: 0,
    });

  beforeAll(async () => {
    leap = await startTestApp({ WK_TODAY: '2028-02-29' });
    early = await startTestApp({ WK_TODAY: '2026-01-05' });
    f = await leap.tenant();
    plan = await adoptPlan(f, await createPlanFixture(f, { title: 'Klokplan' }), {
      adoptedOn: '2025-12-18',
      decisionReference: 'RB 2025/77',
    });
  });
  afterAll(async () => {
    await early.close();
    await leap.close();
  });

  it('tells the web app its day in the session answer', async () => {
    const onLeap = await f.as.viewer.on(leap.baseUrl).get<SessionInfo>('/auth/session');
    expect(onLeap.body.today).toBe('2028-02-29');
    const onEarly = await f.as.viewer.on(early.baseUrl).get<SessionInfo>('/auth/session');
    expect(onEarly.body.today).toBe('2026-01-05');
  });

  it('counts the dashboard and the overview from its day unless asOf is given', async () => {
    const d = await f.as.planner.on(leap.baseUrl).get<PlanDashboard>(`/plans/${plan.id}/dashboard`);
    expect(d.status).toBe(200);
    expect(d.body.asOf).toBe('2028-02-29');
    // The course runs to this year: 2025 … 2028.
    expect(first(d.body.course, 'course').points.map((p) => p.year)).toEqual([2025, 2026, 2027, 2028]);
    const o = await f.as.viewer.on(early.baseUrl).get<TenantOverview>('/overview');
    expect(o.body.asOf).toBe('2026-01-05');
    const given = await f.as.planner.on(leap.baseUrl).get<PlanDashboard>(`/plans/${plan.id}/dashboard?asOf=2027-06-30`);
    expect(given.body.asOf).toBe('2027-06-30');
  });

  it('decides what has begun by its day, and writes its timestamps on that day', async () => {
    // The first quarter of 2028 has begun on 29 February 2028 …
    const saved = await report(leap, 2028, 1);
    expect(saved.status).toBe(201);
    // On the Dutch calendar: in the last hour of a UTC day the timestamp's UTC date is the day before.
    expect(dayIn(new Date(saved.body.createdAt))).toBe('2028-02-29');
    // … but not on 5 January 2026, on the other instance.
    const refused = await report(early, 2028, 1);
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('nog niet begonnen');
    // The second quarter of 2028 has not begun on either day.
    expect((await report(leap, 2028, 2)).status).toBe(400);
    // The history records the report on the pinned day.
    const history = await f.as.planner.on(leap.baseUrl).get<Page<AuditEvent>>(`/plans/${plan.id}/history`);
    const adopted = history.body.items.find((e) => e.action === 'plan.adopted');
    expect(dayIn(new Date(adopted?.occurredAt ?? ''))).toBe('2028-02-29');
  });

  it('refuses a day that does not exist', async () => {
    await expect(startTestApp({ WK_TODAY: '2027-02-29' })).rejects.toThrow(/WK_TODAY/);
  });
});
