import { isoWeekday } from '@wk/util';
import { startTestApp, TEST_TODAY, type TestApp } from './harness';
import { TENANT_TABLES } from '../src/migrations';
import {
  adoptPlan,
  createPlanFixture,
  first,
  firstAction,
  firstGoal,
  longFile,
  only,
  ownIndicator,
  type TenantFixture,
  SWITCHED_OFF_PROVIDER,
} from '@wk/api/testing';

describe('database: migrations, roles and row-level security', () => {
  let t: TestApp;
  let a: TenantFixture;
  let b: TenantFixture;

  beforeAll(async () => {
    t = await startTestApp();
    a = await t.tenant();
    b = await t.tenant();
    // Rows in every tenant table, whatever ran before: an adopted plan with an update and a closed period.
    const plan = await adoptPlan(a, await createPlanFixture(a), {
      adoptedOn: '2026-01-01',
      decisionReference: 'RB',
    });
    const update = {
      year: 2026,
      quarter: 1,
      status: 'on_track',
      percentComplete: 5,
      narrative: 'Gestart.',
      spentCents: 0,
    };
    if ((await a.as.planner.post(`/actions/${firstAction(plan).id}/updates`, update)).status !== 201) throw new Error('update');
    if (
      (
        await a.as.planner.post(`/plans/${plan.id}/closed-periods`, {
          year: 2025,
          quarter: 4,
        })
      ).status !== 201
    )
      throw new Error('close');
    const action = firstAction(plan);
    if (
      (await a.as.planner.post(`/actions/${action.id}/milestones/${first(action.milestones, 'milestone').key}/marks`, { done: true }))
        .status !== 201
    )
      throw new Error('milestone mark');
    // The gemeente's own indicator and an import of its figures.
    const own = ownIndicator();
    if ((await a.as.planner.post('/indicators', own)).status !== 201) throw new Error('own indicator');
    const content = longFile(own.code, 2025, { [first(a.wijken[0].cbsUnits, 'CBS unit').code]: 71 });
    if ((await a.as.planner.post('/indicator-imports', { layout: 'long', fileName: 'enquete.csv', content })).status !== 200)
      throw new Error('own import');
    // An effect indicator on a goal of a draft plan.
    const draft = await createPlanFixture(a, { title: 'Plan met effectindicator' });
    const target = { indicatorCode: own.code, baseline: { year: 2025, value: 71 }, target: { year: 2030, value: 80 } };
    if ((await a.as.planner.post(`/goals/${firstGoal(draft).id}/indicator-targets`, target)).status !== 201) throw new Error('target');
    // The adopted plan published on the public pages.
    if ((await a.as.planner.put(`/plans/${plan.id}/publication`)).status !== 200) throw new Error('publication');
    // A mail in the outbox (today is the digest's day: the trekker's digest) and an unsubscribe.
    if ((await a.as.admin.put('/reminder-settings', { enabled: true, weekday: isoWeekday(TEST_TODAY) })).status !== 200)
      throw new Error('settings');
    if ((await a.as.admin.post('/mail-outbox/rounds')).status !== 200) throw new Error('reminder round');
    if ((await a.as.viewer.put('/reminder-subscription', { subscribed: false })).status !== 200) throw new Error('unsubscribe');
    // The gemeente's own sign-in provider.
    if ((await a.as.admin.put('/identity-provider', SWITCHED_OFF_PROVIDER)).status !== 200) throw new Error('identity provider');
  });
  afterAll(() => t.close());

  it('entities and migrations agree (no drift)', async () => {
    const sql = await t.dataSource.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('the application roles are no superuser, cannot bypass RLS and own nothing', async () => {
    const roles = await t.owner(
      `SELECT rolname, rolsuper, rolbypassrls, rolcanlogin FROM pg_roles WHERE rolname IN ('wk_app','wk_auth','wk_platform') ORDER BY rolname`,
    );
    expect(roles).toEqual([
      {
        rolname: 'wk_app',
        rolsuper: false,
        rolbypassrls: false,
        rolcanlogin: false,
      },
      {
        rolname: 'wk_auth',
        rolsuper: false,
        rolbypassrls: false,
        rolcanlogin: false,
      },
      {
        rolname: 'wk_platform',
        rolsuper: false,
        rolbypassrls: false,
        rolcanlogin: false,
      },
    ]);
    const owned = await t.owner(
      `SELECT c.relname FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname IN ('wk_app','wk_auth','wk_platform')`,
    );
    expect(owned).toEqual([]);
  });

  it('every tenant-owned table has tenant_id and forced row-level security', async () => {
    const withTenantId = await t.owner(
      `SELECT c.table_name FROM information_schema.columns c
         JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_schema = 'public' AND c.column_name = 'tenant_id' AND t.table_type = 'BASE TABLE' ORDER BY c.table_name`,
    );
    expect(withTenantId.map((r) => r['table_name'])).toEqual([...TENANT_TABLES].sort());
    const rls = await t.owner(
      `SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class WHERE relname = ANY($1) ORDER BY relname`,
      [[...TENANT_TABLES, 'tenants']],
    );
    for (const row of rls) {
      expect(row).toEqual({
        relname: row['relname'],
        relrowsecurity: true,
        relforcerowsecurity: true,
      });
    }
    expect(rls).toHaveLength(TENANT_TABLES.length + 1);
  });

  it("every view over tenant rows runs with the caller's rights (security_invoker), so row-level security applies", async () => {
    const views = await t.owner(
      `SELECT c.relname, c.reloptions FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'v' ORDER BY c.relname`,
    );
    expect(views).toEqual([{ relname: 'progress_counting_updates', reloptions: ['security_invoker=true'] }]);
    const asOwner = await t.owner(`SELECT count(*)::int AS n FROM progress_counting_updates`);
    expect(Number(only(asOwner)['n'])).toBeGreaterThan(0);
    const rows = await t.dataSource.transaction(async (m) => {
      await m.query('SET LOCAL ROLE wk_app');
      return m.query(`SELECT count(*)::int AS n FROM progress_counting_updates`);
    });
    expect(rows[0].n).toBe(0);
  });

  it('under the application role with no tenant set, a direct query sees zero tenant rows', async () => {
    for (const table of [...TENANT_TABLES, 'tenants']) {
      const asOwner = await t.owner(`SELECT count(*)::int AS n FROM ${table}`);
      expect(Number(only(asOwner)['n'])).toBeGreaterThan(0);
      const rows = await t.dataSource.transaction(async (m) => {
        await m.query('SET LOCAL ROLE wk_app');
        return m.query(`SELECT count(*)::int AS n FROM ${table}`);
      });
      expect({ table, n: rows[0].n }).toEqual({ table, n: 0 });
    }
  });

  it('with tenant A set, the application role sees only A and cannot write rows of B', async () => {
    const seen = await t.dataSource.transaction(async (m) => {
      await m.query('SET LOCAL ROLE wk_app');
      await m.query(`SELECT set_config('app.tenant_id', $1, true)`, [a.tenant.id]);
      return m.query('SELECT DISTINCT tenant_id FROM users');
    });
    expect(seen).toEqual([{ tenant_id: a.tenant.id }]);
    await expect(
      t.dataSource.transaction(async (m) => {
        await m.query('SET LOCAL ROLE wk_app');
        await m.query(`SELECT set_config('app.tenant_id', $1, true)`, [a.tenant.id]);
        await m.query(`INSERT INTO org_units (tenant_id, name, kind, version) VALUES ($1, 'Inbreker', 'department', 1)`, [b.tenant.id]);
      }),
    ).rejects.toMatchObject({ code: '42501' });
    const updated = await t.dataSource.transaction(async (m) => {
      await m.query('SET LOCAL ROLE wk_app');
      await m.query(`SELECT set_config('app.tenant_id', $1, true)`, [a.tenant.id]);
      return m.query(`UPDATE wijken SET name = 'Overgenomen' WHERE tenant_id = $1 RETURNING id`, [b.tenant.id]);
    });
    expect(updated[0]).toEqual([]);
    const bWijk = await t.owner('SELECT name FROM wijken WHERE id = $1', [b.wijken[0].id]);
    expect(only(bWijk)['name']).toBe(b.wijken[0].name);
  });

  it.each([
    ['audit_events', `action = 'x'`],
    ['progress_updates', `percent_complete = 1`],
    ['plan_closed_periods', `year = 2000`],
    ['progress_milestone_updates', `done = false`],
  ])('%s is append-only for the application role (no UPDATE, no DELETE)', async (table, set) => {
    for (const sql of [`DELETE FROM ${table}`, `UPDATE ${table} SET ${set}`]) {
      await expect(
        t.dataSource.transaction(async (m) => {
          await m.query('SET LOCAL ROLE wk_app');
          await m.query(`SELECT set_config('app.tenant_id', $1, true)`, [a.tenant.id]);
          await m.query(sql);
        }),
      ).rejects.toMatchObject({ code: '42501' });
    }
  });
});
