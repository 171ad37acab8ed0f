import { Client } from 'pg';
import type { Plan, PlanAction, PlanDashboard } from '@wk/contracts';
import { adoptPlan, createPlanFixture, type TenantFixture } from '@wk/api/testing';
import { startTestApp, type TestApp } from './harness';
import { MIGRATIONS } from '../src/migrations';

/** Polls a condition (every 20 ms, at most 15 s): for states another connection reaches, never a fixed sleep. */
async function waitUntil(condition: () => Promise<boolean>): Promise<void> {
  const deadline = performance.now() + 15_000;
  while (!(await condition())) {
    if (performance.now() > deadline) throw new Error('condition not reached within 15 s');
    await new Promise((r) => setTimeout(r, 20));
  }
}

interface SummaryRow {
  year: number;
  reported: number;
  last_quarter: number | null;
  status: string;
  percent_complete: number;
  spent_cents: string;
}

/**
 * The per-action-per-year summary (progress_action_years) that the progress views read instead of every
 * update: kept by a trigger in the update's own transaction, equal to a rebuild from the updates, correct
 * under concurrent updates, tenant-scoped and not deletable by the application.
 */
describe('progress summaries (progress_action_years)', () => {
  let t: TestApp;
  let f: TenantFixture;
  let other: TenantFixture;
  let plan: Plan;
  let action: PlanAction;

  const summaries = async (tenantId: string, key: string) =>
    (await t.owner(
      `SELECT year, reported, last_quarter, status, percent_complete, spent_cents FROM progress_action_years
        WHERE tenant_id = $1 AND action_key = $2 ORDER BY year`,
      [tenantId, key],
    )) as unknown as SummaryRow[];

  const post = async (year: number, quarter: number, status: string, percentComplete: number, spentCents: number) => {
    const r = await f.as.planner.post(`/actions/${action.id}/updates`, {
      year,
      quarter,
      status,
      percentComplete,
      narrative: `Stand ${year} K${quarter}.`,
      spentCents,
    });
    if (r.status !== 201) throw new Error(r.text);
  };

  /** A wk_app connection of one tenant, in an open transaction. */
  const appTransaction = async (tenantId: string): Promise<Client> => {
    const url = process.env['WK_TEST_DATABASE_URL'];
    const c = new Client({ connectionString: url });
    await c.connect();
    await c.query('BEGIN');
    await c.query(`SELECT set_config('role', 'wk_app', true), set_config('app.tenant_id', $1, true)`, [tenantId]);
    return c;
  };
  const insertUpdate = (c: Client, quarter: number, spent: number) =>
    c.query(
      `INSERT INTO progress_updates (tenant_id, action_id, lineage_id, action_key, year, quarter, status, percent_complete, narrative, spent_cents)
       VALUES ($1, $2, $3, $4, 2026, $5, 'on_track', $6, 'Gelijktijdig.', $7)`,
      [f.tenant.id, action.id, plan.lineageId, action.key, quarter, quarter * 10, spent],
    );

  beforeAll(async () => {
    t = await startTestApp();
    f = await t.tenant();
    other = await t.tenant();
    let p = await createPlanFixture(f, { title: 'Samenvattingsplan' });
    const b1 = p.goals.find((g) => g.block === 'B1');
    if (!b1) throw new Error('fixture goal');
    const added = await f.as.planner.post<Plan>(`/goals/${b1.id}/actions`, {
      title: 'Meerjarig',
      leadUnitId: f.orgUnits[0].id,
      start: { year: 2025, quarter: 1 },
      end: { year: 2026, quarter: 4 },
    });
    p = await adoptPlan(f, added.body, {
      adoptedOn: '2025-01-15',
      decisionReference: 'RB 2025/1',
    });
    plan = p;
    const found = p.goals.flatMap((g) => g.actions).find((a) => a.title === 'Meerjarig');
    if (!found) throw new Error('action');
    action = found;
  });
  afterAll(() => t.close());

  it('follows every update in its own transaction: reported periods, the latest status, spending with corrections', async () => {
    await post(2025, 3, 'on_track', 30, 100_000);
    await post(2025, 4, 'at_risk', 35, 50_000);
    await post(2026, 1, 'delayed', 40, 70_000);
    // A correction of 2026 Q1: its figures replace the original ones (spent 70,000 → 20,000).
    await post(2026, 1, 'on_track', 45, 20_000);
    await post(2026, 2, 'on_track', 50, 5_000);
    expect(await summaries(f.tenant.id, action.key)).toEqual([
      {
        year: 2025,
        reported: 0b1100,
        last_quarter: 4,
        status: 'at_risk',
        percent_complete: 35,
        spent_cents: '150000',
      },
      {
        year: 2026,
        reported: 0b0011,
        last_quarter: 2,
        status: 'on_track',
        percent_complete: 50,
        spent_cents: '25000',
      },
    ]);
    // A late report of an earlier quarter fills its bit and its spending, but does not become the latest status.
    await post(2025, 2, 'not_started', 0, 1_000);
    const [y2025] = await summaries(f.tenant.id, action.key);
    expect(y2025).toMatchObject({
      reported: 0b1110,
      last_quarter: 4,
      status: 'at_risk',
      spent_cents: '151000',
    });
  });

  it('the dashboard shows what the summary holds', async () => {
    const dashboard = await f.as.planner.get<PlanDashboard>(`/plans/${plan.id}/dashboard?asOf=2026-07-20`);
    expect(dashboard.status).toBe(200);
    const spent = (year: number) => dashboard.body.budgetByYear.find((y) => y.year === year)?.spentCents;
    expect([spent(2025), spent(2026), spent(2027)]).toEqual([151_000, 25_000, 0]);
    // By 20 July 2026 the deadlines of 2025 Q1 … 2026 Q1 have passed; all but 2025 Q1 are reported.
    // 2026 Q2 (reported) and Q3 (not begun its last month) are not overdue.
    const overdue = dashboard.body.overdue.filter((o) => o.actionId === action.id).map((o) => `${o.period.year}-Q${o.period.quarter}`);
    expect(overdue).toEqual(['2025-Q1']);
  });

  it('is what a rebuild from the updates gives (the migration backfill and bulk loads use the rebuild)', async () => {
    const all = `SELECT lineage_id, action_key, year, reported, last_quarter, status, percent_complete, last_created_at, spent_cents
                   FROM progress_action_years WHERE tenant_id = $1 ORDER BY lineage_id, action_key, year`;
    const kept = await t.owner(all, [f.tenant.id]);
    expect(kept.length).toBeGreaterThanOrEqual(2);
    await t.owner(`DELETE FROM progress_action_years WHERE tenant_id = $1`, [f.tenant.id]);
    expect(await t.owner(all, [f.tenant.id])).toEqual([]);
    await t.owner(`SELECT wk_progress_years_rebuild($1)`, [f.tenant.id]);
    expect(await t.owner(all, [f.tenant.id])).toEqual(kept);
  });

  it('two updates of one action and year at the same time both count (the second waits for the first)', async () => {
    const first = await appTransaction(f.tenant.id);
    await insertUpdate(first, 3, 1_000);
    // The second transaction starts while the first is open: its trigger waits for the first one's lock on
    // the (action, 2026) summary row (on PGlite, which runs one transaction at a time, it waits to begin).
    let secondDone = false;
    const second = (async () => {
      const c = await appTransaction(f.tenant.id);
      try {
        await insertUpdate(c, 4, 2_000);
        secondDone = true;
        await c.query('COMMIT');
      } finally {
        await c.end();
      }
    })();
    try {
      if (process.env['TEST_DATABASE_URL']) {
        // On the PostgreSQL server: wait until the second transaction is seen waiting for a lock (no sleep).
        await waitUntil(async () => {
          const [row] = await t.owner(
            `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
          );
          return Number(row?.['n']) > 0;
        });
      }
      expect(secondDone).toBe(false);
      await first.query('COMMIT');
    } finally {
      await first.end();
    }
    await second;
    expect(secondDone).toBe(true);
    // 2026 had Q1 (20,000 after the correction) and Q2 (5,000): now all four quarters, the second one's Q4 last.
    const y2026 = (await summaries(f.tenant.id, action.key)).find((s) => s.year === 2026);
    expect(y2026).toMatchObject({
      reported: 0b1111,
      last_quarter: 4,
      percent_complete: 40,
      spent_cents: '28000',
    });
  });

  it("is scoped to the tenant: another tenant's application role sees and writes none of it", async () => {
    const c = await appTransaction(other.tenant.id);
    try {
      const seen = await c.query(`SELECT count(*)::int AS n FROM progress_action_years WHERE tenant_id = $1`, [f.tenant.id]);
      expect(seen.rows[0].n).toBe(0);
      const changed = await c.query(`UPDATE progress_action_years SET percent_complete = 99 WHERE tenant_id = $1`, [f.tenant.id]);
      expect(changed.rowCount).toBe(0);
      // Writing another tenant's summary row directly is refused by the policy.
      await expect(
        c.query(
          `INSERT INTO progress_action_years (tenant_id, lineage_id, action_key, year, reported, status, percent_complete, last_created_at, spent_cents)
           VALUES ($1, $2, $3, 2030, 1, 'on_track', 1, now(), 0)`,
          [f.tenant.id, plan.lineageId, action.key],
        ),
      ).rejects.toMatchObject({ code: '42501' });
    } finally {
      await c.query('ROLLBACK').catch(() => undefined);
      await c.end();
    }
  });

  it('cannot be deleted by the application role', async () => {
    const c = await appTransaction(f.tenant.id);
    try {
      await expect(c.query(`DELETE FROM progress_action_years`)).rejects.toMatchObject({ code: '42501' });
    } finally {
      await c.query('ROLLBACK').catch(() => undefined);
      await c.end();
    }
    expect((await summaries(f.tenant.id, action.key)).map((s) => s.year)).toEqual([2025, 2026]);
  });

  // Last in this suite: it takes the newest migrations down and up again.
  it('the migration fills the summaries of a database that already has updates (backfill per tenant)', async () => {
    const all = `SELECT tenant_id, lineage_id, action_key, year, reported, last_quarter, status, percent_complete, last_created_at, spent_cents
                   FROM progress_action_years ORDER BY tenant_id, lineage_id, action_key, year`;
    const kept = await t.owner(all);
    expect(kept.some((r) => r['tenant_id'] === f.tenant.id)).toBe(true);
    // Every migration from ProgressSummaries on goes down, then up again.
    const names = MIGRATIONS.map((M) => new M().name);
    const from = names.indexOf('ProgressSummaries1795920000000');
    expect(from).toBeGreaterThan(0);
    const later = names.slice(from).reverse();
    const newest = async () => (await t.owner(`SELECT name FROM migrations ORDER BY id DESC LIMIT ${later.length}`)).map((r) => r['name']);
    expect(await newest()).toEqual(later);
    for (let i = 0; i < later.length; i++) await t.dataSource.undoLastMigration();
    expect(await t.owner(`SELECT to_regclass('progress_action_years') AS t`)).toEqual([{ t: null }]);
    await t.dataSource.runMigrations();
    expect(await newest()).toEqual(later);
    expect(await t.owner(all)).toEqual(kept);
  });
});
