import type { AuditEvent, Page, Plan, PlanSummary, PlanDashboard, TenantOverview, Wijk } from '@wk/contracts';
import {
  addWijk,
  adoptPlan,
  createPlanFixture,
  fieldsOf,
  firstGoal,
  only,
  problem,
  type ApiResponse,
  type TenantFixture,
} from '@wk/api/testing';
import { startTestApp, TEST_TODAY, type TestApp } from './harness';

/** The day after `day` (yyyy-mm-dd), in UTC. */
function dayAfter(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function ok<T>(r: ApiResponse<T>): T {
  if (r.status !== 200 && r.status !== 201) throw new Error(`${r.status} ${r.text}`);
  return r.body;
}

/**
 * Issue 11: one plan in force per wijk (unless the plans name different themes), and an adoption that can
 * be corrected by the beheerder but never lie in the future.
 */
describe('one plan in force per wijk; correcting an adoption', () => {
  let t: TestApp;
  let f: TenantFixture;

  beforeAll(async () => {
    t = await startTestApp();
    f = await t.tenant();
  });
  afterAll(() => t.close());

  async function submitted(wijk: Wijk, title: string, theme?: string | null): Promise<Plan> {
    const plan = await createPlanFixture(f, {
      title,
      wijkIds: [wijk.id],
      theme,
    });
    return ok(
      await f.as.planner.post<Plan>(`/plans/${plan.id}/submit`, {
        version: plan.version,
      }),
    );
  }
  const get = async (id: string) => ok(await f.as.planner.get<Plan>(`/plans/${id}`));
  const history = async (id: string) => ok(await f.as.planner.get<Page<AuditEvent>>(`/plans/${id}/history`)).items;
  const adoptedCount = async (wijk: Wijk) =>
    only(
      await t.owner(
        `SELECT count(*)::int AS n FROM plans p JOIN plan_wijken pw ON pw.tenant_id = p.tenant_id AND pw.plan_id = p.id
          WHERE p.tenant_id = $1 AND pw.wijk_id = $2 AND p.status = 'adopted'`,
        [f.tenant.id, wijk.id],
      ),
    )['n'];

  describe('adopting a second plan for a wijk', () => {
    it('is refused with 409 plan_in_force naming the plan in force, and nothing changes', async () => {
      const wijk = await addWijk(f, 'Moerwijk');
      const first = await adoptPlan(
        f,
        await createPlanFixture(f, {
          title: 'Wijkplan Moerwijk',
          wijkIds: [wijk.id],
        }),
        { adoptedOn: '2025-06-30', decisionReference: 'RB 2025/1' },
      );
      const second = await submitted(wijk, 'Nieuw plan Moerwijk');
      const res = await f.as.planner.post(`/plans/${second.id}/adopt`, {
        adoptedOn: TEST_TODAY,
        decisionReference: 'RB 2026/2',
        version: second.version,
      });
      expect(res.status).toBe(409);
      expect(res.contentType).toContain('application/problem+json');
      expect(problem(res)).toMatchObject({
        code: 'plan_in_force',
        plansInForce: [
          {
            id: first.id,
            title: 'Wijkplan Moerwijk',
            revision: 1,
            theme: null,
            adoptedOn: '2025-06-30',
            wijken: [{ id: wijk.id, name: 'Moerwijk' }],
          },
        ],
      });
      expect(problem(res).detail).toContain('Wijkplan Moerwijk');
      expect(await get(second.id)).toMatchObject({
        status: 'in_review',
        version: second.version,
      });
      expect(await get(first.id)).toMatchObject({
        status: 'adopted',
        version: first.version,
      });
      expect(await adoptedCount(wijk)).toBe(1);
    });

    it('replaces the plan in force when the request says so: the old one is archived, with history', async () => {
      const wijk = await addWijk(f);
      const first = await adoptPlan(f, await createPlanFixture(f, { title: 'Oud plan', wijkIds: [wijk.id] }), {
        adoptedOn: '2025-06-30',
        decisionReference: 'RB 2025/3',
      });
      const second = await submitted(wijk, 'Vervangend plan');
      const adopted = ok(
        await f.as.planner.post<Plan>(`/plans/${second.id}/adopt`, {
          adoptedOn: TEST_TODAY,
          decisionReference: 'RB 2026/4',
          replacePlanIds: [first.id],
          version: second.version,
        }),
      );
      expect(adopted.status).toBe('adopted');
      const old = await get(first.id);
      expect(old.status).toBe('archived');
      expect(await adoptedCount(wijk)).toBe(1);
      const archived = (await history(first.id)).find((e) => e.action === 'plan.archived');
      expect(archived?.after).toMatchObject({
        status: 'archived',
        replacedBy: { id: second.id, title: 'Vervangend plan' },
      });
      const adoption = (await history(second.id)).find((e) => e.action === 'plan.adopted');
      expect(adoption?.after).toMatchObject({
        replaces: [{ id: first.id, title: 'Oud plan' }],
      });
      // The overview shows the new plan for the wijk, once.
      const overview = ok(await f.as.viewer.get<TenantOverview>('/overview'));
      expect(overview.rows.filter((r) => r.wijk.id === wijk.id).map((r) => r.plan?.id)).toEqual([second.id]);
    });

    it('refuses to replace a plan that is not in force for the wijk, naming the field', async () => {
      const wijk = await addWijk(f);
      const other = await addWijk(f);
      const elsewhere = await adoptPlan(f, await createPlanFixture(f, { title: 'Elders', wijkIds: [other.id] }), {
        adoptedOn: '2025-06-30',
        decisionReference: 'RB 2025/5',
      });
      const plan = await submitted(wijk, 'Hier');
      const res = await f.as.planner.post(`/plans/${plan.id}/adopt`, {
        adoptedOn: TEST_TODAY,
        decisionReference: 'RB 2026/6',
        replacePlanIds: [elsewhere.id],
        version: plan.version,
      });
      expect(res.status).toBe(400);
      expect(fieldsOf(res)).toEqual(['replacePlanIds.0']);
      expect((await get(elsewhere.id)).status).toBe('adopted');
      expect((await get(plan.id)).status).toBe('in_review');
    });

    it('allows two plans in force when both name a different theme, and the overview shows both', async () => {
      const wijk = await addWijk(f);
      const safety = await adoptPlan(
        f,
        await createPlanFixture(f, {
          title: 'Veilig',
          wijkIds: [wijk.id],
          theme: 'Veiligheid',
        }),
        { adoptedOn: '2025-06-30', decisionReference: 'RB 2025/7' },
      );
      // Same theme (other case and spaces): a conflict.
      const same = await submitted(wijk, 'Ook veilig', '  veiligheid ');
      const refused = await f.as.planner.post(`/plans/${same.id}/adopt`, {
        adoptedOn: TEST_TODAY,
        decisionReference: 'RB 2026/8',
        version: same.version,
      });
      expect(problem(refused).code).toBe('plan_in_force');
      // No theme: the plan covers the whole wijk, so it conflicts too.
      const whole = await submitted(wijk, 'Hele wijk', null);
      const refusedWhole = await f.as.planner.post(`/plans/${whole.id}/adopt`, {
        adoptedOn: TEST_TODAY,
        decisionReference: 'RB 2026/9',
        version: whole.version,
      });
      expect(problem(refusedWhole).code).toBe('plan_in_force');
      const school = await submitted(wijk, 'Leren', 'Onderwijs');
      expect(school.theme).toBe('Onderwijs');
      const adopted = ok(
        await f.as.planner.post<Plan>(`/plans/${school.id}/adopt`, {
          adoptedOn: TEST_TODAY,
          decisionReference: 'RB 2026/10',
          version: school.version,
        }),
      );
      expect(adopted.status).toBe('adopted');
      expect(await adoptedCount(wijk)).toBe(2);
      const overview = ok(await f.as.viewer.get<TenantOverview>('/overview'));
      const rows = overview.rows.filter((r) => r.wijk.id === wijk.id);
      expect(rows.map((r) => [r.plan?.id, r.plan?.theme])).toEqual([
        [school.id, 'Onderwijs'],
        [safety.id, 'Veiligheid'],
      ]);
      const listed = ok(await f.as.planner.get<Page<PlanSummary>>(`/plans?wijkId=${wijk.id}`));
      expect(listed.items.find((p) => p.id === safety.id)?.theme).toBe('Veiligheid');
    });

    it('a new revision of the plan in force replaces its own earlier revision without asking', async () => {
      const wijk = await addWijk(f);
      const first = await adoptPlan(f, await createPlanFixture(f, { title: 'Eigen lijn', wijkIds: [wijk.id] }), {
        adoptedOn: '2025-06-30',
        decisionReference: 'RB 2025/11',
      });
      const draft = ok(
        await f.as.planner.post<Plan>(`/plans/${first.id}/revisions`, {
          version: first.version,
        }),
      );
      const second = await adoptPlan(f, draft, {
        adoptedOn: TEST_TODAY,
        decisionReference: 'RB 2026/12',
      });
      expect(second.status).toBe('adopted');
      expect((await get(first.id)).status).toBe('archived');
    });
  });

  describe('the adoption date', () => {
    it('may not lie after today (the API clock), and a date that does not exist is refused too', async () => {
      const wijk = await addWijk(f);
      const plan = await submitted(wijk, 'Toekomst');
      for (const [adoptedOn, code] of [
        [dayAfter(TEST_TODAY), 'in_future'],
        ['2031-01-15', 'in_future'],
        ['2026-02-30', 'format'],
      ]) {
        const res = await f.as.planner.post(`/plans/${plan.id}/adopt`, {
          adoptedOn,
          decisionReference: 'RB toekomst',
          version: plan.version,
        });
        expect(res.status).toBe(400);
        expect(problem(res).invalidParams).toEqual([expect.objectContaining({ name: 'adoptedOn', code })]);
      }
      expect((await get(plan.id)).status).toBe('in_review');
      const today = ok(
        await f.as.planner.post<Plan>(`/plans/${plan.id}/adopt`, {
          adoptedOn: TEST_TODAY,
          decisionReference: 'RB vandaag',
          version: plan.version,
        }),
      );
      expect(today.adoptedOn).toBe(TEST_TODAY);
    });
  });

  describe('correcting an adoption', () => {
    it('the beheerder corrects date and decision with a reason; the content stays frozen; the history shows it', async () => {
      const wijk = await addWijk(f);
      const plan = await adoptPlan(
        f,
        await createPlanFixture(f, {
          title: 'Te corrigeren',
          wijkIds: [wijk.id],
        }),
        { adoptedOn: '2025-06-30', decisionReference: 'RB fout' },
      );
      const res = await f.as.admin.post<Plan>(`/plans/${plan.id}/adoption-correction`, {
        adoptedOn: '2025-07-03',
        decisionReference: 'RB 2025/114',
        reason: 'Datum van het voorstel in plaats van het besluit.',
        version: plan.version,
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        status: 'adopted',
        adoptedOn: '2025-07-03',
        decisionReference: 'RB 2025/114',
        version: plan.version + 1,
        title: plan.title,
        vision: plan.vision,
        sections: plan.sections,
      });
      expect(res.body.goals).toEqual(plan.goals);
      const event = (await history(plan.id)).find((e) => e.action === 'plan.adoption_corrected');
      expect(event).toMatchObject({
        actorId: f.users.admin.id,
        before: { adoptedOn: '2025-06-30', decisionReference: 'RB fout' },
        after: {
          adoptedOn: '2025-07-03',
          decisionReference: 'RB 2025/114',
          reason: 'Datum van het voorstel in plaats van het besluit.',
        },
      });
      // Still frozen for everything else.
      const edit = await f.as.admin.patch(`/plans/${plan.id}`, {
        title: 'Anders',
        version: res.body.version,
      });
      expect(problem(edit).code).toBe('plan_read_only');
    });

    it('refuses a future date, no change, no reason, and a plan that was never adopted; a planner may not', async () => {
      const wijk = await addWijk(f);
      const plan = await adoptPlan(f, await createPlanFixture(f, { title: 'Streng', wijkIds: [wijk.id] }), {
        adoptedOn: '2025-06-30',
        decisionReference: 'RB 1',
      });
      const post = (body: object, as = f.as.admin, id = plan.id) =>
        as.post(`/plans/${id}/adoption-correction`, {
          adoptedOn: '2025-06-30',
          decisionReference: 'RB 1',
          reason: 'Reden',
          version: plan.version,
          ...body,
        });
      const future = await post({ adoptedOn: dayAfter(TEST_TODAY) });
      expect(problem(future).invalidParams).toEqual([expect.objectContaining({ name: 'adoptedOn', code: 'in_future' })]);
      const same = await post({});
      expect(problem(same).invalidParams).toEqual([expect.objectContaining({ name: 'adoptedOn', code: 'unchanged' })]);
      const noReason = await post({ adoptedOn: '2025-07-01', reason: '  ' });
      expect(fieldsOf(noReason)).toEqual(['reason']);
      const byPlanner = await post({ adoptedOn: '2025-07-01' }, f.as.planner);
      expect(byPlanner.status).toBe(403);
      const draft = await createPlanFixture(f, {
        title: 'Concept',
        wijkIds: [wijk.id],
        complete: false,
      });
      const notAdopted = await post({ adoptedOn: '2025-07-01', version: draft.version }, f.as.admin, draft.id);
      expect(problem(notAdopted).code).toBe('invalid_transition');
      expect(await get(plan.id)).toMatchObject({
        adoptedOn: '2025-06-30',
        decisionReference: 'RB 1',
        version: plan.version,
      });
      expect((await history(plan.id)).filter((e) => e.action === 'plan.adoption_corrected')).toEqual([]);
    });
  });

  describe('minor findings', () => {
    it('the dashboard of a draft is a preview without overdue reports; once adopted they show', async () => {
      const wijk = await addWijk(f);
      // Actions from 2026 Q1: on the test day several quarters have passed without a report.
      const draft = await createPlanFixture(f, {
        title: 'Voorvertoning',
        wijkIds: [wijk.id],
      });
      const preview = ok(await f.as.planner.get<PlanDashboard>(`/plans/${draft.id}/dashboard`));
      expect(preview.preview).toBe(true);
      expect(preview.overdue).toEqual([]);
      const adopted = await adoptPlan(f, draft, {
        adoptedOn: TEST_TODAY,
        decisionReference: 'RB voorvertoning',
      });
      const live = ok(await f.as.planner.get<PlanDashboard>(`/plans/${adopted.id}/dashboard`));
      expect(live.preview).toBe(false);
      expect(live.overdue.length).toBeGreaterThan(0);
    });

    it('a negative budget amount is refused with a message that says so', async () => {
      const plan = await createPlanFixture(f, {
        title: 'Negatief',
        wijkIds: [(await addWijk(f)).id],
        complete: false,
      });
      const withGoal = ok(
        await f.as.planner.post<Plan>(`/plans/${plan.id}/goals`, {
          block: 'B1',
          statement: 'Schoon',
        }),
      );
      const res = await f.as.planner.post(`/goals/${firstGoal(withGoal).id}/actions`, {
        title: 'Actie',
        start: { year: 2026, quarter: 1 },
        end: { year: 2026, quarter: 4 },
        budget: [{ year: 2026, amountCents: -100 }],
      });
      expect(res.status).toBe(400);
      expect(problem(res).invalidParams).toEqual([
        expect.objectContaining({
          name: 'budget.0.amountCents',
          reason: expect.stringContaining('niet negatief'),
        }),
      ]);
    });
  });
});
