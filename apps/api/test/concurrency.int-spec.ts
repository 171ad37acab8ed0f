import type { OrgUnit, Plan, PlanAction, PlanGoal, Tenant, User, Wijk } from '@wk/contracts';
import {
  addWijk,
  adoptPlan,
  ApiClient,
  createPlanFixture,
  nth,
  only,
  problem,
  TEST_PASSWORD,
  type ApiResponse,
  type OwnerQuery,
  type TenantFixture,
} from '@wk/api/testing';
import { Client } from 'pg';
import { startTestApp, type TestApp } from './harness';

/**
 * Concurrent writes on a real PostgreSQL server (READ COMMITTED, its default): for every versioned write,
 * 20 requests carrying the same version arrive at once from four signed-in sessions. Exactly one may win;
 * every other one gets 409 version_conflict with the version the winner left (or, for a delete, 404 once
 * the row is gone), nothing of the losers is written, and the stored row is the winner's.
 *
 * PGlite (the embedded database used when TEST_DATABASE_URL is not set) runs one transaction at a time,
 * so requests can never overlap there and this suite would prove nothing: it is skipped, and says so.
 */
const ON_POSTGRES = Boolean(process.env['TEST_DATABASE_URL']);
const SKIPPED_BECAUSE =
  'TEST_DATABASE_URL is not set, and the embedded PGlite serves one transaction at a time, so no race can happen; run it against a PostgreSQL server (CI does)';
if (!ON_POSTGRES) {
  // Straight to stderr: Jest drops the console output of a skipped test file when it runs several files.
  process.stderr.write(`concurrency.int-spec skipped: ${SKIPPED_BECAUSE}.\n`);
}
const describeOnPostgres = ON_POSTGRES ? describe : describe.skip;
const DATABASE_URL = process.env['TEST_DATABASE_URL'];

/** The tables whose rows the races write (and the gate holds). */
type LockedTable = 'plans' | 'plan_goals' | 'plan_actions' | 'users' | 'org_units' | 'wijken' | 'tenants';

/**
 * Waits until at least `n` sessions of this database wait for a lock (the requests queued behind the gate),
 * polling pg_stat_activity from outside the gate's transaction (inside one, PostgreSQL keeps showing the
 * first snapshot); gives up after 2000 polls (20 s and more). This observes the queue, it does not assume one.
 */
async function lockWaiters(owner: OwnerQuery, n: number): Promise<void> {
  let waiting = 0;
  for (let poll = 0; poll < 2000; poll++) {
    const row = only(
      await owner(
        `SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      ),
    );
    waiting = row['n'] as number;
    if (waiting >= n) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`only ${waiting} of ${n} requests reached the locked row in 2000 polls`);
}

/** Requests per race, spread over this many sessions of the same user. */
const N = 20;
const SESSIONS = 4;

type Outcome = Record<string, number>;

/** How many responses per status (and problem code): `{ '200': 1, '409 version_conflict': 19 }`. */
function tally(responses: ApiResponse[]): Outcome {
  const out: Outcome = {};
  for (const r of responses) {
    const key = r.status < 300 ? String(r.status) : `${r.status} ${problem(r).code}`;
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}

/** The index of the one successful response (the test fails unless there is exactly one). */
function winnerOf(responses: ApiResponse[]): number {
  const won = responses.flatMap((r, i) => (r.status < 300 ? [i] : []));
  return only(won, 'successful response');
}

/** Every loser of a versioned write names the version the winner left. */
function expectConflictsAt(responses: ApiResponse[], current: number): void {
  const conflicts = responses.filter((r) => r.status === 409);
  expect(conflicts.length).toBeGreaterThan(0);
  for (const r of conflicts)
    expect(problem(r)).toMatchObject({
      code: 'version_conflict',
      currentVersion: current,
    });
}

/**
 * One delete succeeds; each loser finds the row gone (404) or, having read it before the winner
 * committed, a newer version (409). Nothing else (no second success, no 500).
 */
function expectOneDelete(outcome: Outcome, success: '200' | '204'): void {
  const losers = ['404 not_found', '409 version_conflict'].filter((k) => k in outcome);
  expect(outcome).toEqual({
    [success]: 1,
    ...Object.fromEntries(losers.map((k) => [k, outcome[k]])),
  });
  expect(losers.reduce((n, k) => n + (outcome[k] ?? 0), 0)).toBe(N - 1);
}

/** All permutations of a list (for reorders: every request asks for a different order). */
function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

describeOnPostgres(
  ON_POSTGRES ? 'concurrent versioned writes (PostgreSQL)' : `concurrent versioned writes (skipped: ${SKIPPED_BECAUSE})`,
  () => {
    let t: TestApp;
    let f: TenantFixture;
    let planners: ApiClient[];
    let admins: ApiClient[];

    beforeAll(async () => {
      t = await startTestApp();
      f = await t.tenant();
      planners = await sessionsOf(f.users.planner.email);
      admins = await sessionsOf(f.users.admin.email);
    });
    afterAll(() => t.close());

    /** Several signed-in sessions of one user (the fixture's own client is one of them). */
    async function sessionsOf(email: string): Promise<ApiClient[]> {
      const out: ApiClient[] = [];
      for (let i = 0; i < SESSIONS; i++) {
        const c = new ApiClient(t.baseUrl);
        await c.login(email, TEST_PASSWORD);
        out.push(c);
      }
      return out;
    }

    /**
     * Fires N requests at once, round-robin over the sessions, while a separate connection holds the row they
     * all write (`FOR NO KEY UPDATE`, which conflicts with an UPDATE, a DELETE and `FOR UPDATE`). The gate opens
     * only once at least two requests are waiting on a lock inside the database: so every run has requests
     * that are in flight together at the moment that decides (without the gate, whether two requests overlap
     * is left to timing). A request waits on a lock either before it read the version (a correct write path) or
     * after (a lost update): in the second case both waiting requests answer 200 once the gate opens.
     */
    async function race(
      clients: ApiClient[],
      row: { table: LockedTable; id: string },
      send: (c: ApiClient, i: number) => Promise<ApiResponse>,
      /** FOR UPDATE also holds inserts that refer to the row (their foreign-key check waits). */
      mode: 'FOR NO KEY UPDATE' | 'FOR UPDATE' = 'FOR NO KEY UPDATE',
    ): Promise<ApiResponse[]> {
      const gate = new Client({ connectionString: DATABASE_URL });
      await gate.connect();
      let all: Promise<ApiResponse[]> | null = null;
      try {
        await gate.query('BEGIN');
        const held = await gate.query(`SELECT 1 FROM ${row.table} WHERE id = $1 ${mode}`, [row.id]);
        expect(held.rowCount).toBe(1);
        all = Promise.all(Array.from({ length: N }, (_, i) => send(nth(clients, i % clients.length, 'client'), i)));
        await lockWaiters(t.owner, 2);
      } finally {
        await gate.query('COMMIT');
        await gate.end();
      }
      return all;
    }

    /** Audit events of one kind for one object (a loser that wrote would have left one too). */
    async function audits(objectId: string, action: string): Promise<number> {
      const rows = await t.owner('SELECT count(*)::int AS n FROM audit_events WHERE tenant_id = $1 AND object_id = $2 AND action = $3', [
        f.tenant.id,
        objectId,
        action,
      ]);
      return only(rows)['n'] as number;
    }

    function ok<T>(r: ApiResponse<T>): T {
      if (r.status !== 200 && r.status !== 201) throw new Error(`setup: ${r.status} ${r.text}`);
      return r.body;
    }

    /** A draft plan (no goals yet). */
    const draft = (title: string) => createPlanFixture(f, { title, complete: false });

    async function addGoal(plan: Plan, statement: string): Promise<Plan> {
      return ok(
        await f.as.planner.post<Plan>(`/plans/${plan.id}/goals`, {
          block: 'B1',
          statement,
        }),
      );
    }

    async function addAction(plan: Plan, goal: PlanGoal, title: string): Promise<Plan> {
      return ok(
        await f.as.planner.post<Plan>(`/goals/${goal.id}/actions`, {
          title,
          leadUnitId: f.orgUnits[0].id,
          start: { year: 2026, quarter: 1 },
          end: { year: 2027, quarter: 4 },
        }),
      );
    }

    const goalNamed = (p: Plan, statement: string): PlanGoal => {
      const g = p.goals.find((x) => x.statement === statement);
      if (!g) throw new Error(`no goal ${statement}`);
      return g;
    };

    const actionNamed = (p: Plan, title: string): PlanAction => {
      const a = p.goals.flatMap((g) => g.actions).find((x) => x.title === title);
      if (!a) throw new Error(`no action ${title}`);
      return a;
    };

    /** A draft with one goal that has one action. */
    async function draftWithAction(title: string): Promise<{ plan: Plan; goal: PlanGoal; action: PlanAction }> {
      let plan = await addGoal(await draft(title), 'Doel');
      plan = await addAction(plan, goalNamed(plan, 'Doel'), 'Actie');
      return {
        plan,
        goal: goalNamed(plan, 'Doel'),
        action: actionNamed(plan, 'Actie'),
      };
    }

    describe('goals and actions', () => {
      it('goal PATCH: one of 20 wins, the others get 409 and the goal holds the winner’s text', async () => {
        const { goal } = await draftWithAction('Race doel wijzigen');
        const rs = await race(planners, { table: 'plan_goals', id: goal.id }, (c, i) =>
          c.patch(`/goals/${goal.id}`, {
            statement: `Doel van verzoek ${i}`,
            version: goal.version,
          }),
        );
        expect(tally(rs)).toEqual({ '200': 1, '409 version_conflict': N - 1 });
        const w = winnerOf(rs);
        const stored = ok(await f.as.planner.get<PlanGoal>(`/goals/${goal.id}`));
        expect(stored).toMatchObject({
          statement: `Doel van verzoek ${w}`,
          version: goal.version + 1,
        });
        expectConflictsAt(rs, stored.version);
        expect(await audits(goal.id, 'goal.updated')).toBe(1);
      });

      it('goal DELETE: one of 20 deletes it, the others get 404 (gone) or 409', async () => {
        const { goal, action } = await draftWithAction('Race doel verwijderen');
        const rs = await race(planners, { table: 'plan_goals', id: goal.id }, (c) => c.delete(`/goals/${goal.id}?version=${goal.version}`));
        expectOneDelete(tally(rs), '200');
        expect((await f.as.planner.get(`/goals/${goal.id}`)).status).toBe(404);
        expect((await f.as.planner.get(`/actions/${action.id}`)).status).toBe(404);
        expect(await audits(goal.id, 'goal.deleted')).toBe(1);
      });

      it('action PATCH: one of 20 wins, the others get 409 and the action holds the winner’s text', async () => {
        const { action } = await draftWithAction('Race actie wijzigen');
        const rs = await race(planners, { table: 'plan_actions', id: action.id }, (c, i) =>
          c.patch(`/actions/${action.id}`, {
            title: `Actie van verzoek ${i}`,
            description: `Omschrijving van verzoek ${i}`,
            version: action.version,
          }),
        );
        expect(tally(rs)).toEqual({ '200': 1, '409 version_conflict': N - 1 });
        const w = winnerOf(rs);
        const stored = ok(await f.as.planner.get<PlanAction>(`/actions/${action.id}`));
        expect(stored).toMatchObject({
          title: `Actie van verzoek ${w}`,
          description: `Omschrijving van verzoek ${w}`,
          version: action.version + 1,
        });
        expectConflictsAt(rs, stored.version);
        expect(await audits(action.id, 'action.updated')).toBe(1);
      });

      it('action DELETE: one of 20 deletes it, the others get 404 (gone) or 409', async () => {
        const { action } = await draftWithAction('Race actie verwijderen');
        const rs = await race(planners, { table: 'plan_actions', id: action.id }, (c) =>
          c.delete(`/actions/${action.id}?version=${action.version}`),
        );
        expectOneDelete(tally(rs), '200');
        expect((await f.as.planner.get(`/actions/${action.id}`)).status).toBe(404);
        expect(await audits(action.id, 'action.deleted')).toBe(1);
      });

      it('action move (PATCH goalId): one of 20 moves it, to the winner’s goal only', async () => {
        const start = await draftWithAction('Race actie verplaatsen');
        const action = start.action;
        let plan = start.plan;
        const targets: string[] = [];
        for (let g = 1; g <= 4; g++) {
          plan = await addGoal(plan, `Doel ${g}`);
          targets.push(goalNamed(plan, `Doel ${g}`).id);
        }
        const goalOf = (i: number) => targets[i % targets.length];
        const rs = await race(planners, { table: 'plan_actions', id: action.id }, (c, i) =>
          c.patch(`/actions/${action.id}`, {
            goalId: goalOf(i),
            title: `Verplaatst door verzoek ${i}`,
            version: action.version,
          }),
        );
        expect(tally(rs)).toEqual({ '200': 1, '409 version_conflict': N - 1 });
        const w = winnerOf(rs);
        const stored = ok(await f.as.planner.get<PlanAction>(`/actions/${action.id}`));
        expect(stored).toMatchObject({
          goalId: goalOf(w),
          title: `Verplaatst door verzoek ${w}`,
          version: action.version + 1,
        });
        expectConflictsAt(rs, stored.version);
        const after = ok(await f.as.planner.get<Plan>(`/plans/${plan.id}`));
        expect(after.goals.filter((g) => g.actions.some((a) => a.id === action.id)).map((g) => g.id)).toEqual([goalOf(w)]);
        expect(await audits(action.id, 'action.moved')).toBe(1);
      });

      it('goal reorder (PUT goal-order, the plan’s version): one of 20 orders wins', async () => {
        let plan = await draft('Race doelen ordenen');
        for (let g = 1; g <= 4; g++) plan = await addGoal(plan, `Doel ${g}`);
        const ids = plan.goals.filter((g) => g.block === 'B1').map((g) => g.id);
        const orders = permutations(ids).filter((o) => o.join() !== ids.join());
        expect(orders.length).toBeGreaterThanOrEqual(N);
        const rs = await race(planners, { table: 'plans', id: plan.id }, (c, i) =>
          c.put(`/plans/${plan.id}/goal-order`, {
            block: 'B1',
            goalIds: orders[i],
            version: plan.version,
          }),
        );
        expect(tally(rs)).toEqual({ '200': 1, '409 version_conflict': N - 1 });
        const w = winnerOf(rs);
        const stored = ok(await f.as.planner.get<Plan>(`/plans/${plan.id}`));
        expect(stored.goals.filter((g) => g.block === 'B1').map((g) => g.id)).toEqual(orders[w]);
        expect(stored.version).toBe(plan.version + 1);
        expectConflictsAt(rs, stored.version);
        expect(await audits(plan.id, 'goal.reordered')).toBe(1);
      });

      it('action reorder (PUT action-order, the goal’s version): one of 20 orders wins', async () => {
        let plan = await addGoal(await draft('Race acties ordenen'), 'Doel');
        for (let a = 1; a <= 4; a++) plan = await addAction(plan, goalNamed(plan, 'Doel'), `Actie ${a}`);
        const goal = goalNamed(plan, 'Doel');
        const ids = goal.actions.map((a) => a.id);
        const orders = permutations(ids).filter((o) => o.join() !== ids.join());
        const rs = await race(planners, { table: 'plan_goals', id: goal.id }, (c, i) =>
          c.put(`/goals/${goal.id}/action-order`, {
            actionIds: orders[i],
            version: goal.version,
          }),
        );
        expect(tally(rs)).toEqual({ '200': 1, '409 version_conflict': N - 1 });
        const w = winnerOf(rs);
        const stored = ok(await f.as.planner.get<PlanGoal>(`/goals/${goal.id}`));
        expect(stored.actions.map((a) => a.id)).toEqual(orders[w]);
        expect(stored.version).toBe(goal.version + 1);
        expectConflictsAt(rs, stored.version);
        expect(await audits(goal.id, 'action.reordered')).toBe(1);
      });
    });

    describe('plans and their lifecycle', () => {
      it('plan PATCH: one of 20 wins, the plan holds the winner’s title and section', async () => {
        const plan = await draft('Race plan wijzigen');
        const rs = await race(planners, { table: 'plans', id: plan.id }, (c, i) =>
          c.patch(`/plans/${plan.id}`, {
            title: `Plan van verzoek ${i}`,
            sections: { B2: `Tekst van verzoek ${i}` },
            version: plan.version,
          }),
        );
        expect(tally(rs)).toEqual({ '200': 1, '409 version_conflict': N - 1 });
        const w = winnerOf(rs);
        const stored = ok(await f.as.planner.get<Plan>(`/plans/${plan.id}`));
        expect(stored).toMatchObject({
          title: `Plan van verzoek ${w}`,
          sections: { B2: `Tekst van verzoek ${w}` },
          version: plan.version + 1,
        });
        expectConflictsAt(rs, stored.version);
        expect(await audits(plan.id, 'plan.updated')).toBe(1);
      });

      it('plan DELETE: one of 20 deletes it, the others get 404 (gone) or 409', async () => {
        const plan = await draft('Race plan verwijderen');
        const rs = await race(planners, { table: 'plans', id: plan.id }, (c) => c.delete(`/plans/${plan.id}?version=${plan.version}`));
        expectOneDelete(tally(rs), '204');
        expect((await f.as.planner.get(`/plans/${plan.id}`)).status).toBe(404);
        expect(await audits(plan.id, 'plan.deleted')).toBe(1);
      });

      it('submit: one of 20 submits, the others get 409', async () => {
        const plan = await createPlanFixture(f, { title: 'Race indienen' });
        const rs = await race(planners, { table: 'plans', id: plan.id }, (c) =>
          c.post(`/plans/${plan.id}/submit`, { version: plan.version }),
        );
        expect(tally(rs)).toEqual({ '200': 1, '409 version_conflict': N - 1 });
        const stored = ok(await f.as.planner.get<Plan>(`/plans/${plan.id}`));
        expect(stored).toMatchObject({
          status: 'in_review',
          version: plan.version + 1,
        });
        expectConflictsAt(rs, stored.version);
        expect(await audits(plan.id, 'plan.submitted')).toBe(1);
      });

      it('reopen: one of 20 reopens, the others get 409', async () => {
        const plan = await createPlanFixture(f, { title: 'Race terugzetten' });
        const submitted = ok(
          await f.as.planner.post<Plan>(`/plans/${plan.id}/submit`, {
            version: plan.version,
          }),
        );
        const rs = await race(planners, { table: 'plans', id: plan.id }, (c) =>
          c.post(`/plans/${plan.id}/reopen`, { version: submitted.version }),
        );
        expect(tally(rs)).toEqual({ '200': 1, '409 version_conflict': N - 1 });
        const stored = ok(await f.as.planner.get<Plan>(`/plans/${plan.id}`));
        expect(stored).toMatchObject({
          status: 'draft',
          version: submitted.version + 1,
        });
        expectConflictsAt(rs, stored.version);
        expect(await audits(plan.id, 'plan.reopened')).toBe(1);
      });

      it('adopt: one of 20 adopts, with the winner’s decision', async () => {
        const plan = await createPlanFixture(f, {
          title: 'Race vaststellen',
          wijkIds: [(await addWijk(f)).id],
        });
        const submitted = ok(
          await f.as.planner.post<Plan>(`/plans/${plan.id}/submit`, {
            version: plan.version,
          }),
        );
        const rs = await race(planners, { table: 'plans', id: plan.id }, (c, i) =>
          c.post(`/plans/${plan.id}/adopt`, {
            adoptedOn: '2026-06-30',
            decisionReference: `Raadsbesluit 2026/${i}`,
            version: submitted.version,
          }),
        );
        expect(tally(rs)).toEqual({ '200': 1, '409 version_conflict': N - 1 });
        const w = winnerOf(rs);
        const stored = ok(await f.as.planner.get<Plan>(`/plans/${plan.id}`));
        expect(stored).toMatchObject({
          status: 'adopted',
          decisionReference: `Raadsbesluit 2026/${w}`,
          version: submitted.version + 1,
        });
        expectConflictsAt(rs, stored.version);
        expect(await audits(plan.id, 'plan.adopted')).toBe(1);
      });

      it('two separate plans for one wijk: of 20 adoptions at once (10 each) exactly one plan is in force', async () => {
        const wijk = await addWijk(f);
        const submit = async (title: string) => {
          const plan = await createPlanFixture(f, {
            title,
            wijkIds: [wijk.id],
          });
          return ok(
            await f.as.planner.post<Plan>(`/plans/${plan.id}/submit`, {
              version: plan.version,
            }),
          );
        };
        const a = await submit('Race wijk A');
        const b = await submit('Race wijk B');
        // The gate holds the wijk row: both plans' adoptions queue behind it.
        const rs = await race(planners, { table: 'wijken', id: wijk.id }, (c, i) => {
          const plan = i % 2 ? b : a;
          return c.post(`/plans/${plan.id}/adopt`, {
            adoptedOn: '2026-06-30',
            decisionReference: `Raadsbesluit wijk ${i}`,
            version: plan.version,
          });
        });
        const outcome = tally(rs);
        expect(outcome['200']).toBe(1);
        // The winner's other requests find a newer version; the other plan's find the winner in force.
        expect(outcome).toEqual({
          '200': 1,
          '409 version_conflict': N / 2 - 1,
          '409 plan_in_force': N / 2,
        });
        const w = winnerOf(rs);
        const winner = w % 2 ? b : a;
        const loser = w % 2 ? a : b;
        for (const r of rs.filter((r) => r.status === 409 && problem(r).code === 'plan_in_force'))
          expect(problem(r).plansInForce?.map((p) => p.id)).toEqual([winner.id]);
        expect(ok(await f.as.planner.get<Plan>(`/plans/${winner.id}`)).status).toBe('adopted');
        expect(ok(await f.as.planner.get<Plan>(`/plans/${loser.id}`))).toMatchObject({ status: 'in_review', version: loser.version });
        const adopted = await t.owner(
          `SELECT count(*)::int AS n FROM plans p JOIN plan_wijken pw ON pw.tenant_id = p.tenant_id AND pw.plan_id = p.id
            WHERE pw.tenant_id = $1 AND pw.wijk_id = $2 AND p.status = 'adopted'`,
          [f.tenant.id, wijk.id],
        );
        expect(only(adopted)['n']).toBe(1);
        expect(await audits(winner.id, 'plan.adopted')).toBe(1);
        expect(await audits(loser.id, 'plan.adopted')).toBe(0);
      });

      it('archive: one of 20 archives, the others get 409', async () => {
        const plan = await adoptPlan(
          f,
          await createPlanFixture(f, {
            title: 'Race archiveren',
            wijkIds: [(await addWijk(f)).id],
          }),
          { adoptedOn: '2026-06-30', decisionReference: 'Raadsbesluit A' },
        );
        const rs = await race(planners, { table: 'plans', id: plan.id }, (c) =>
          c.post(`/plans/${plan.id}/archive`, { version: plan.version }),
        );
        expect(tally(rs)).toEqual({ '200': 1, '409 version_conflict': N - 1 });
        const stored = ok(await f.as.planner.get<Plan>(`/plans/${plan.id}`));
        expect(stored).toMatchObject({
          status: 'archived',
          version: plan.version + 1,
        });
        expectConflictsAt(rs, stored.version);
        expect(await audits(plan.id, 'plan.archived')).toBe(1);
      });

      it('new revision: one of 20 creates it, the others get 409 (a revision is already open)', async () => {
        const plan = await adoptPlan(
          f,
          await createPlanFixture(f, {
            title: 'Race nieuwe versie',
            wijkIds: [(await addWijk(f)).id],
          }),
          { adoptedOn: '2026-06-30', decisionReference: 'Raadsbesluit R' },
        );
        const rs = await race(planners, { table: 'plans', id: plan.id }, (c) =>
          c.post(`/plans/${plan.id}/revisions`, { version: plan.version }),
        );
        // Creating a revision leaves the adopted one as it is: the losers find the open revision.
        const outcome = tally(rs);
        expect(outcome['201']).toBe(1);
        expect((outcome['409 conflict'] ?? 0) + (outcome['409 version_conflict'] ?? 0)).toBe(N - 1);
        const stored = ok(await f.as.planner.get<Plan>(`/plans/${plan.id}`));
        expect(stored.revisions.map((r) => r.revision).sort()).toEqual([1, 2]);
        expect(
          only(
            await t.owner('SELECT count(*)::int AS n FROM plans WHERE tenant_id = $1 AND lineage_id = $2', [f.tenant.id, plan.lineageId]),
          )['n'],
        ).toBe(2);
      });
    });

    describe('tenancy and wijken', () => {
      it('user PATCH: one of 20 wins, the user holds the winner’s name', async () => {
        const user = f.users.viewer;
        const before = ok(await f.as.admin.get<User>(`/users/${user.id}`));
        const rs = await race(admins, { table: 'users', id: user.id }, (c, i) =>
          c.patch(`/users/${user.id}`, {
            name: `Kijker van verzoek ${i}`,
            version: before.version,
          }),
        );
        expect(tally(rs)).toEqual({ '200': 1, '409 version_conflict': N - 1 });
        const w = winnerOf(rs);
        const stored = ok(await f.as.admin.get<User>(`/users/${user.id}`));
        expect(stored).toMatchObject({
          name: `Kijker van verzoek ${w}`,
          version: before.version + 1,
        });
        expectConflictsAt(rs, stored.version);
        expect(await audits(user.id, 'user.updated')).toBe(1);
      });

      it('org-unit PATCH: one of 20 wins, the unit holds the winner’s name and description', async () => {
        const unit = ok(
          await f.as.admin.post<OrgUnit>('/org-units', {
            name: 'Race onderdeel',
            kind: 'department',
          }),
        );
        const rs = await race(admins, { table: 'org_units', id: unit.id }, (c, i) =>
          c.patch(`/org-units/${unit.id}`, {
            name: `Onderdeel van verzoek ${i}`,
            description: `Omschrijving van verzoek ${i}`,
            version: unit.version,
          }),
        );
        expect(tally(rs)).toEqual({ '200': 1, '409 version_conflict': N - 1 });
        const w = winnerOf(rs);
        const stored = ok(await f.as.admin.get<OrgUnit>(`/org-units/${unit.id}`));
        expect(stored).toMatchObject({
          name: `Onderdeel van verzoek ${w}`,
          description: `Omschrijving van verzoek ${w}`,
          version: unit.version + 1,
        });
        expectConflictsAt(rs, stored.version);
        expect(await audits(unit.id, 'org_unit.updated')).toBe(1);
      });

      it('org-unit DELETE: one of 20 deletes it, the others get 404 (gone) or 409', async () => {
        const unit = ok(
          await f.as.admin.post<OrgUnit>('/org-units', {
            name: 'Race onderdeel weg',
            kind: 'partner',
          }),
        );
        const rs = await race(admins, { table: 'org_units', id: unit.id }, (c) =>
          c.delete(`/org-units/${unit.id}?version=${unit.version}`),
        );
        expectOneDelete(tally(rs), '204');
        expect((await f.as.admin.get(`/org-units/${unit.id}`)).status).toBe(404);
        expect(await audits(unit.id, 'org_unit.deleted')).toBe(1);
      });

      it('wijk PATCH: one of 20 wins, the wijk holds the winner’s description', async () => {
        const wijk = ok(await f.as.admin.get<Wijk>(`/wijken/${f.wijken[0].id}`));
        const rs = await race(admins, { table: 'wijken', id: wijk.id }, (c, i) =>
          c.patch(`/wijken/${wijk.id}`, {
            roleInCity: `Rol van verzoek ${i}`,
            population: 1000 + i,
            version: wijk.version,
          }),
        );
        expect(tally(rs)).toEqual({ '200': 1, '409 version_conflict': N - 1 });
        const w = winnerOf(rs);
        const stored = ok(await f.as.admin.get<Wijk>(`/wijken/${wijk.id}`));
        expect(stored).toMatchObject({
          roleInCity: `Rol van verzoek ${w}`,
          population: 1000 + w,
          version: wijk.version + 1,
        });
        expectConflictsAt(rs, stored.version);
        expect(await audits(wijk.id, 'wijk.updated')).toBe(1);
      });

      it('theme PATCH (the tenant): one of 20 wins, the theme is the winner’s', async () => {
        const tenant = ok(await f.as.admin.get<Tenant>('/tenant'));
        const theme = (i: number) => ({
          primaryColor: `#10${(0x20 + i).toString(16)}40`,
          primaryColorText: '#ffffff',
          logoText: `Logo van verzoek ${i}`,
        });
        const rs = await race(admins, { table: 'tenants', id: tenant.id }, (c, i) =>
          c.patch('/tenant', { theme: theme(i), version: tenant.version }),
        );
        expect(tally(rs)).toEqual({ '200': 1, '409 version_conflict': N - 1 });
        const w = winnerOf(rs);
        const stored = ok(await f.as.admin.get<Tenant>('/tenant'));
        expect(stored.theme).toEqual(theme(w));
        expect(stored.version).toBe(tenant.version + 1);
        expectConflictsAt(rs, stored.version);
        expect(await audits(tenant.id, 'tenant.updated')).toBe(1);
      });

      it('20 new org units with one name at once: one is made, the others hear the name is taken (no 500)', async () => {
        const name = 'Race nieuw onderdeel';
        // The gate holds the tenant row: every request checks the name (free), then waits at its insert's
        // foreign-key check on the tenant until all have checked.
        const rs = await race(
          admins,
          { table: 'tenants', id: f.tenant.id },
          (c) => c.post('/org-units', { name, kind: 'partner' }),
          'FOR UPDATE',
        );
        const outcome = tally(rs);
        expect(outcome['201']).toBe(1);
        // The name check sees the winner once it has committed (400 duplicate); a request that checked
        // before that is stopped by the unique index instead (409 conflict). Never a 500.
        expect((outcome['400 validation_failed'] ?? 0) + (outcome['409 conflict'] ?? 0)).toBe(N - 1);
        const found = await t.owner('SELECT count(*)::int AS n FROM org_units WHERE tenant_id = $1 AND name = $2', [f.tenant.id, name]);
        expect(only(found)['n']).toBe(1);
      });
    });
  },
);
