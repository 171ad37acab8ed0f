import type {
  ActionProgress,
  ActionProgressList,
  Page,
  Plan,
  PlanAction,
  PlanDashboard,
  ProgressUpdate,
  TenantOverview,
  Wijk,
} from '@wk/contracts';
import { createPlanFixture, fieldsOf, firstAction, only, problem, type TenantFixture } from '@wk/api/testing';
import { startTestApp, type TestApp } from './harness';

/**
 * Progress through the real HTTP API on a real PostgreSQL: updates as history, cadence rules, closed periods,
 * contributor scope, due and overdue, and the roll-up against figures computed by hand (in the comments).
 */
describe('progress', () => {
  let t: TestApp;
  let f: TenantFixture;
  /** Adopted plan: the fixture's 8 actions (A1…A8) plus X, Y (B1, lead = orgUnits[1]) and Z (B2, runs to 2040). */
  let plan: Plan;
  const action = (title: string): PlanAction => {
    const found = plan.goals.flatMap((g) => g.actions).find((a) => a.title === title);
    if (!found) throw new Error(`no action ${title}`);
    return found;
  };
  const report = (who: keyof TenantFixture['as'], title: string, body: object) =>
    f.as[who].post<ProgressUpdate>(`/actions/${action(title).id}/updates`, body);
  const update = (year: number, quarter: number, status: string, percentComplete: number, spentCents = 0) => ({
    year,
    quarter,
    status,
    percentComplete,
    narrative: `Stand ${year} K${quarter}: ${status}.`,
    spentCents,
  });

  beforeAll(async () => {
    t = await startTestApp();
    f = await t.tenant();
    let p = await createPlanFixture(f, { title: 'Voortgangsplan' });
    const b1 = p.goals.find((g) => g.block === 'B1');
    const b2 = p.goals.find((g) => g.block === 'B2');
    if (!b1 || !b2) throw new Error('fixture goals');
    const add = async (goalId: string, body: object) => {
      const r = await f.as.planner.post<Plan>(`/goals/${goalId}/actions`, body);
      if (r.status !== 201) throw new Error(r.text);
      p = r.body;
    };
    await add(b1.id, {
      title: 'X',
      leadUnitId: f.orgUnits[1].id,
      start: { year: 2026, quarter: 1 },
      end: { year: 2026, quarter: 4 },
    });
    await add(b1.id, {
      title: 'Y',
      leadUnitId: f.orgUnits[1].id,
      start: { year: 2026, quarter: 1 },
      end: { year: 2027, quarter: 4 },
      budget: [{ year: 2026, amountCents: 67_500_000 }],
    });
    await add(b2.id, {
      title: 'Z',
      leadUnitId: f.orgUnits[0].id,
      start: { year: 2026, quarter: 1 },
      end: { year: 2040, quarter: 4 },
    });
    p = (
      await f.as.planner.post<Plan>(`/plans/${p.id}/submit`, {
        version: p.version,
      })
    ).body;
    p = (
      await f.as.planner.post<Plan>(`/plans/${p.id}/adopt`, {
        adoptedOn: '2026-01-15',
        decisionReference: 'RB 2026/3',
        version: p.version,
      })
    ).body;
    expect(p.status).toBe('adopted');
    expect(p.cadence).toBe('quarterly');
    plan = p;
  });
  afterAll(() => t.close());

  describe('updates', () => {
    it('are history: a correction is a new update, the latest one counts, and the timeline shows both', async () => {
      expect((await report('planner', 'Actie 1', update(2026, 1, 'on_track', 40, 1_000_000))).status).toBe(201);
      expect((await report('planner', 'X', update(2026, 2, 'at_risk', 20))).status).toBe(201);
      expect((await report('planner', 'Y', update(2026, 1, 'delayed', 10, 5_000_000))).status).toBe(201);
      const correction = await report('admin', 'Y', update(2026, 1, 'on_track', 30, 3_000_000));
      expect(correction.status).toBe(201);
      expect(correction.body).toMatchObject({
        period: { year: 2026, quarter: 1 },
        status: 'on_track',
        percentComplete: 30,
        current: true,
        author: { name: f.users.admin.name },
      });
      const timeline = await f.as.viewer.get<Page<ProgressUpdate>>(`/actions/${action('Y').id}/updates`);
      expect(timeline.status).toBe(200);
      expect(timeline.body.items.map((u) => [u.percentComplete, u.current])).toEqual([
        [30, true],
        [10, false],
      ]);
      const rows = await t.owner('SELECT count(*)::int AS n FROM progress_updates WHERE tenant_id = $1', [f.tenant.id]);
      expect(only(rows)['n']).toBe(4);
    });

    it('refuses a quarter missing on a quarterly plan, a period outside the action or not begun, and 100% rules', async () => {
      const before = await t.owner('SELECT count(*)::int AS n FROM progress_updates WHERE tenant_id = $1', [f.tenant.id]);
      const cases: [string, string, object, string[]][] = [
        ['no quarter', 'Actie 2', { ...update(2026, 1, 'on_track', 10), quarter: undefined }, ['quarter']],
        ['before the action', 'Actie 2', update(2025, 4, 'on_track', 10), ['year']],
        ['after the action', 'X', update(2027, 1, 'on_track', 10), ['year']],
        ['not begun yet', 'Z', update(2040, 4, 'on_track', 10), ['year']],
        ['completed below 100%', 'Actie 2', update(2026, 1, 'completed', 90), ['percentComplete']],
        ['percent above 100', 'Actie 2', update(2026, 1, 'on_track', 101), ['percentComplete']],
        ['unknown status', 'Actie 2', update(2026, 1, 'klaar', 10), ['status']],
        ['quarter 5', 'Actie 2', update(2026, 5, 'on_track', 10), ['quarter']],
        ['spent negative', 'Actie 2', update(2026, 1, 'on_track', 10, -1), ['spentCents']],
        ['blank narrative', 'Actie 2', { ...update(2026, 1, 'on_track', 10), narrative: '  ' }, ['narrative']],
      ];
      for (const [what, title, body, fields] of cases) {
        const r = await report('planner', title, body);
        expect({ what, status: r.status, fields: fieldsOf(r) }).toEqual({
          what,
          status: 400,
          fields,
        });
      }
      const after = await t.owner('SELECT count(*)::int AS n FROM progress_updates WHERE tenant_id = $1', [f.tenant.id]);
      expect(after).toEqual(before);
    });

    it('contributors update only actions their units lead or contribute to; viewers never', async () => {
      // The fixture's contributor belongs to orgUnits[0]: lead of Actie 1…8 and Z, not of X and Y.
      expect((await report('contributor', 'Actie 2', update(2026, 1, 'on_track', 15))).status).toBe(201);
      const other = await report('contributor', 'X', update(2026, 1, 'on_track', 15));
      expect(other.status).toBe(403);
      expect(problem(other).code).toBe('forbidden');
      expect((await report('viewer', 'Actie 3', update(2026, 1, 'on_track', 15))).status).toBe(403);
      const mine = await f.as.contributor.get<ActionProgressList>('/my-actions?asOf=2026-04-10');
      const byTitle = Object.fromEntries(mine.body.items.map((a) => [a.title, a]));
      expect(Object.keys(byTitle).sort()).toEqual([
        'Actie 1',
        'Actie 2',
        'Actie 3',
        'Actie 4',
        'Actie 5',
        'Actie 6',
        'Actie 7',
        'Actie 8',
        'Z',
      ]);
      expect(byTitle['Actie 1']?.canUpdate).toBe(true);
    });

    it('are refused on a revision that is not the adopted one', async () => {
      const draft = await createPlanFixture(f, { title: 'Nog concept' });
      const r = await f.as.planner.post(`/actions/${firstAction(draft).id}/updates`, update(2026, 1, 'on_track', 10));
      expect(r.status).toBe(409);
      expect(problem(r).code).toBe('conflict');
    });
  });

  describe('due and overdue (as of a given date)', () => {
    it('counts, for the contributor, the periods due until one month after the quarter and overdue after that', async () => {
      // 2026-04-10: Q1 2026 ended, deadline 2026-04-30. Reported for Q1: Actie 1, Actie 2. Due: Actie 3…8 and Z = 7.
      const april = (await f.as.contributor.get<ActionProgressList>('/my-actions?asOf=2026-04-10')).body;
      expect({ due: april.due, overdue: april.overdue }).toEqual({
        due: 7,
        overdue: 0,
      });
      // 2026-05-01: the deadline has passed, Q2 has not reached its last month: the same 7 are overdue.
      const may = (await f.as.contributor.get<ActionProgressList>('/my-actions?asOf=2026-05-01')).body;
      expect({ due: may.due, overdue: may.overdue }).toEqual({
        due: 0,
        overdue: 7,
      });
      const overdueOnly = (await f.as.contributor.get<ActionProgressList>('/my-actions?state=overdue&asOf=2026-05-01')).body;
      expect(overdueOnly.items.map((a) => a.title).sort()).toEqual(['Actie 3', 'Actie 4', 'Actie 5', 'Actie 6', 'Actie 7', 'Actie 8', 'Z']);
      // 2026-06-01: Q2 is in its last month: due for all 9; Q1 still overdue for 7.
      const june = (await f.as.contributor.get<ActionProgressList>('/my-actions?asOf=2026-06-01')).body;
      expect({ due: june.due, overdue: june.overdue }).toEqual({
        due: 9,
        overdue: 7,
      });
      const a3 = june.items.find((a) => a.title === 'Actie 3');
      expect(a3?.periods).toEqual([
        {
          year: 2026,
          quarter: 1,
          state: 'overdue',
          deadline: '2026-04-30',
          closed: false,
        },
        {
          year: 2026,
          quarter: 2,
          state: 'due',
          deadline: '2026-07-31',
          closed: false,
        },
      ]);
    });

    it("lists an organisation unit's actions across plans", async () => {
      const r = await f.as.viewer.get<ActionProgressList>(`/org-units/${f.orgUnits[1].id}/actions?asOf=2026-04-10`);
      expect(r.status).toBe(200);
      // orgUnits[1] leads X and Y and contributes to Actie 1…8
      expect(r.body.items.map((a) => a.title).sort()).toEqual([
        'Actie 1',
        'Actie 2',
        'Actie 3',
        'Actie 4',
        'Actie 5',
        'Actie 6',
        'Actie 7',
        'Actie 8',
        'X',
        'Y',
      ]);
      expect(r.body.items.every((a) => !a.canUpdate)).toBe(true);
    });

    it('reads one action on its own (GET /actions/:id/progress): the same figures as in the lists', async () => {
      const list = await f.as.planner.get<ActionProgressList>(`/org-units/${f.orgUnits[1].id}/actions?asOf=2026-05-01`);
      for (const title of ['X', 'Actie 1']) {
        const one = await f.as.planner.get<ActionProgress>(`/actions/${action(title).id}/progress?asOf=2026-05-01`);
        expect(one.status).toBe(200);
        expect(one.body).toEqual(list.body.items.find((a) => a.title === title));
      }
      // The day matters: what is overdue on 1 May was only due on 10 April.
      const early = await f.as.planner.get<ActionProgress>(`/actions/${action('X').id}/progress?asOf=2026-04-10`);
      expect(early.body.dueCount).toBeGreaterThan(0);
      expect(early.body.overdueCount).toBe(0);
      // The caller's rights travel with it: a reader may not report.
      const viewer = await f.as.viewer.get<ActionProgress>(`/actions/${action('X').id}/progress?asOf=2026-05-01`);
      expect(viewer.body.canUpdate).toBe(false);
      expect((await f.as.planner.get(`/actions/00000000-0000-4000-8000-000000000000/progress`)).status).toBe(404);
      expect(fieldsOf(await f.as.planner.get(`/actions/${action('X').id}/progress?asOf=2026-02-30`))).toEqual(['asOf']);
    });
  });

  describe('closed periods', () => {
    it('a planner closes an ended period; no update can be added for it afterwards', async () => {
      const close = await f.as.planner.post(`/plans/${plan.id}/closed-periods`, { year: 2026, quarter: 1 });
      expect(close.status).toBe(201);
      const refused = await report('contributor', 'Actie 4', update(2026, 1, 'on_track', 5));
      expect(refused.status).toBe(409);
      expect(problem(refused).code).toBe('period_closed');
      expect(
        (
          await f.as.planner.post(`/plans/${plan.id}/closed-periods`, {
            year: 2026,
            quarter: 1,
          })
        ).status,
      ).toBe(409);
      const notEnded = await f.as.planner.post(`/plans/${plan.id}/closed-periods`, { year: 2039, quarter: 4 });
      expect(notEnded.status).toBe(400);
      expect(fieldsOf(notEnded)).toEqual(['year']);
      expect(
        (
          await f.as.contributor.post(`/plans/${plan.id}/closed-periods`, {
            year: 2026,
            quarter: 2,
          })
        ).status,
      ).toBe(403);
      const list = await f.as.viewer.get<Page<{ year: number; quarter: number; closedBy: { name: string } }>>(
        `/plans/${plan.id}/closed-periods`,
      );
      expect(list.body.items).toEqual([
        expect.objectContaining({
          year: 2026,
          quarter: 1,
          closedBy: expect.objectContaining({ name: f.users.planner.name }),
        }),
      ]);
      // A closed period without an update stays overdue, and says it is closed.
      const mine = (await f.as.contributor.get<ActionProgressList>('/my-actions?asOf=2026-05-01')).body;
      expect(mine.items.find((a) => a.title === 'Actie 4')?.periods[0]).toMatchObject({ state: 'overdue', closed: true });
      // Every action of the plan names the closed periods (the form offers the others to report again).
      expect(mine.items.filter((a) => a.planId === plan.id).map((a) => a.closedPeriods)).toEqual(
        mine.items.filter((a) => a.planId === plan.id).map(() => ['2026-Q1']),
      );
    });
  });

  describe('expected progress', () => {
    it('gives each action what it should have done by the day, by a straight line or by its milestones', async () => {
      const r = await f.as.viewer.get<ActionProgressList>(`/org-units/${f.orgUnits[1].id}/actions?asOf=2026-04-01`);
      const expected = Object.fromEntries(r.body.items.map((a) => [a.title, a.expected]));
      // Actie 1…8 (2026 K1 – 2028 K4) have one milestone on 31 March 2026: half of the work by then.
      expect(expected['Actie 1']).toEqual({ rule: 'milestones', percent: 50 });
      // X runs 2026 K1 – K4 (365 days), Y 2026 K1 – 2027 K4 (730 days): 90 days have passed on 1 April.
      expect(expected['X']).toEqual({ rule: 'linear', percent: 24.7 });
      expect(expected['Y']).toEqual({ rule: 'linear', percent: 12.3 });
      // After the end of X: all of it.
      const later = await f.as.viewer.get<ActionProgressList>(`/org-units/${f.orgUnits[1].id}/actions?asOf=2027-01-01`);
      expect(later.body.items.find((a) => a.title === 'X')?.expected).toEqual({
        rule: 'linear',
        percent: 100,
      });
    });

    it('rolls the expected progress up with the same weights as progress', async () => {
      const d = (await f.as.viewer.get<PlanDashboard>(`/plans/${plan.id}/dashboard?asOf=2026-04-01`)).body;
      // Weights: Actie 1…8 € 225.000 each, Y € 675.000, X and Z the average budgeted action (€ 275.000).
      // Z runs 2026 K1 – 2040 K4 (5,479 days): 90 days = 1.6%.
      // (8 × 22.5 × 50 + 67.5 × 12.3 + 27.5 × 24.7 + 27.5 × 1.6) / 302.5 = 34.9
      expect(d.total.expected).toBe(34.9);
      expect(d.blocks.every((b) => b.expected >= 0 && b.expected <= 100)).toBe(true);
    });
  });

  describe('roll-up', () => {
    it('weighs progress by planned budget, counts actions without budget as the average, and follows corrections', async () => {
      // Y gets a second quarter: delayed at 35%, spent € 20.000.
      expect((await report('planner', 'Y', update(2026, 2, 'delayed', 35, 2_000_000))).status).toBe(201);
      const d = (await f.as.viewer.get<PlanDashboard>(`/plans/${plan.id}/dashboard?asOf=2026-12-31`)).body;
      // Weights: Actie 1…8 plan € 225.000 each (22.5 M cents), Y € 675.000; the average budgeted action is
      // (8 × 22.5 + 67.5) / 9 = 27.5 M cents, which X and Z (no budget) get.
      // B1 = Actie 1 (22.5, 40%), X (27.5, 20%), Y (67.5, 35%): (900 + 550 + 2362.5) / 117.5 = 32.45 → 32.4.
      const b1 = d.blocks.find((b) => b.block === 'B1');
      expect(b1).toMatchObject({
        progress: 32.4,
        actions: 3,
        reported: 3,
        status: 'delayed',
      });
      // delayed weight share of B1: 67.5 / 117.5 = 57% ≥ 25%.
      expect(b1?.byStatus).toMatchObject({
        on_track: 1,
        at_risk: 1,
        delayed: 1,
      });
      // B2 = Actie 2 (22.5, 15%) and Z (27.5, no update: 0%): 337.5 / 50 = 6.75 → 6.8 (rounded half up).
      expect(d.blocks.find((b) => b.block === 'B2')).toMatchObject({
        progress: 6.8,
        actions: 2,
        reported: 1,
      });
      // B3 has only Actie 3, never reported.
      expect(d.blocks.find((b) => b.block === 'B3')).toMatchObject({
        progress: 0,
        status: 'no_data',
        reported: 0,
      });
      expect(d.pillars.map((p) => p.pillar)).toEqual(['P1', 'P2', 'P3']);
      // Spent 2026: Actie 1 € 10.000 + Y Q1 € 30.000 (the correction, not the € 50.000 first reported) + Y Q2 € 20.000.
      const y2026 = d.budgetByYear.find((y) => y.year === 2026);
      // Planned 2026: 8 × € 100.000 + Y € 675.000.
      expect(y2026).toEqual({
        year: 2026,
        plannedCents: 147_500_000,
        spentCents: 6_000_000,
      });
      expect(d.budgetByYear.map((y) => y.year)).toEqual(Array.from({ length: 16 }, (_, i) => 2025 + i));
      const course = d.course.find((c) => c.block === 'B1' && c.pillar === null);
      expect(course?.points).toEqual([
        { year: 2025, progress: 0 },
        { year: 2026, progress: 32.4 },
      ]);
      // Overdue as of 2026-12-31: every action's Q3 without an update (deadline 2026-10-31) …
      expect(d.overdue.filter((o) => o.period.quarter === 3)).toHaveLength(11);
      expect(d.asOf).toBe('2026-12-31');
    });

    it('the tenant overview shows the wijk against the six blocks and three pillars with the same figures', async () => {
      const o = (await f.as.viewer.get<TenantOverview>('/overview?asOf=2026-12-31')).body;
      const row = o.rows.find((r) => r.wijk.id === f.wijken[0].id);
      expect(row?.plan?.id).toBe(plan.id);
      expect(row?.blocks.map((b) => b.block)).toEqual(['B1', 'B2', 'B3', 'B4', 'B5', 'B6']);
      expect(row?.blocks.find((b) => b.block === 'B1')).toMatchObject({
        progress: 32.4,
        status: 'delayed',
      });
      expect(row?.pillars).toHaveLength(3);
    });

    it('a new revision carries the updates: its dashboard shows the same progress, and once adopted it takes the updates', async () => {
      let r2 = (
        await f.as.planner.post<Plan>(`/plans/${plan.id}/revisions`, {
          version: plan.version,
        })
      ).body;
      const d2 = (await f.as.planner.get<PlanDashboard>(`/plans/${r2.id}/dashboard?asOf=2026-12-31`)).body;
      expect(d2.blocks.find((b) => b.block === 'B1')?.progress).toBe(32.4);
      const yInR2 = r2.goals.flatMap((g) => g.actions).find((a) => a.title === 'Y');
      expect((await f.as.planner.post(`/actions/${yInR2?.id}/updates`, update(2026, 3, 'on_track', 50))).status).toBe(409);
      r2 = (
        await f.as.planner.post<Plan>(`/plans/${r2.id}/submit`, {
          version: r2.version,
        })
      ).body;
      r2 = (
        await f.as.planner.post<Plan>(`/plans/${r2.id}/adopt`, {
          adoptedOn: '2026-09-01',
          decisionReference: 'RB 2026/40',
          version: r2.version,
        })
      ).body;
      expect((await f.as.planner.post(`/actions/${yInR2?.id}/updates`, update(2026, 3, 'on_track', 50))).status).toBe(201);
      // The old revision is archived: no more updates there; the timeline of Y in r2 holds all of Y's updates.
      expect((await report('planner', 'Y', update(2026, 3, 'on_track', 55))).status).toBe(409);
      const timeline = (await f.as.viewer.get<Page<ProgressUpdate>>(`/actions/${yInR2?.id}/updates`)).body;
      expect(timeline.items.map((u) => `${u.period.year}-${u.period.quarter}:${u.percentComplete}`)).toEqual([
        '2026-3:50',
        '2026-2:35',
        '2026-1:30',
        '2026-1:10',
      ]);
      // The closed period stays closed for the new revision too.
      const a4 = r2.goals.flatMap((g) => g.actions).find((a) => a.title === 'Actie 4');
      expect((await f.as.contributor.post(`/actions/${a4?.id}/updates`, update(2026, 1, 'on_track', 5))).status).toBe(409);
    });
  });

  describe('yearly cadence', () => {
    it('reports once a year: no quarter allowed, due in December, overdue after 31 January', async () => {
      const wijk = (
        await f.as.admin.post<Wijk>('/wijken', {
          name: 'Jaarwijk',
          cbsUnits: f.wijken[0].cbsUnits.map((u) => ({
            code: u.code,
            year: u.year,
          })),
        })
      ).body;
      let p = await createPlanFixture(f, { title: 'Jaarplan' });
      p = (
        await f.as.planner.patch<Plan>(`/plans/${p.id}`, {
          cadence: 'yearly',
          wijkIds: [wijk.id],
          version: p.version,
        })
      ).body;
      expect(p.cadence).toBe('yearly');
      p = (
        await f.as.planner.post<Plan>(`/plans/${p.id}/submit`, {
          version: p.version,
        })
      ).body;
      p = (
        await f.as.planner.post<Plan>(`/plans/${p.id}/adopt`, {
          adoptedOn: '2026-02-01',
          decisionReference: 'RB jaar',
          version: p.version,
        })
      ).body;
      const first = firstAction(p);
      const withQuarter = await f.as.planner.post(`/actions/${first.id}/updates`, update(2026, 2, 'on_track', 10));
      expect(fieldsOf(withQuarter)).toEqual(['quarter']);
      const yearly = await f.as.planner.post<ProgressUpdate>(`/actions/${first.id}/updates`, {
        ...update(2026, 1, 'on_track', 10),
        quarter: undefined,
      });
      expect(yearly.status).toBe(201);
      expect(yearly.body.period).toEqual({ year: 2026, quarter: null });
      const dec = (await f.as.viewer.get<PlanDashboard>(`/plans/${p.id}/dashboard?asOf=2026-12-01`)).body;
      expect(dec.overdue).toEqual([]);
      const feb = (await f.as.viewer.get<PlanDashboard>(`/plans/${p.id}/dashboard?asOf=2027-02-01`)).body;
      // 2026 is overdue for the 7 other actions (deadline 2027-01-31).
      expect(feb.overdue.map((o) => `${o.period.year}/${o.period.quarter}/${o.deadline}`)).toEqual(Array(7).fill('2026/null/2027-01-31'));
    });
  });
});
