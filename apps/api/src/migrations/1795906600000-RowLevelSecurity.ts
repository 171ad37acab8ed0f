import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables whose every row belongs to one tenant (column tenant_id). */
export const TENANT_TABLES = ['users', 'org_units', 'org_unit_members', 'wijken', 'wijk_cbs_units', 'audit_events', 'sessions'] as const;

/**
 * Roles, grants and row-level security. The login user (owner of the tables) never serves requests
 * directly: each transaction switches to one of these roles with SET LOCAL ROLE.
 * - wk_app: tenant data, only rows whose tenant_id equals the transaction's app.tenant_id;
 *   audit_events are insert and read only.
 * - wk_auth: sign-in (reads users and operators by e-mail), sessions and throttling.
 * - wk_platform: the operator creates and lists tenants.
 * FORCE makes the policies apply to the table owner too (unless it is a superuser).
 */
export class RowLevelSecurity1795906600000 implements MigrationInterface {
  name = 'RowLevelSecurity1795906600000';

  async up(q: QueryRunner): Promise<void> {
    for (const role of ['wk_app', 'wk_auth', 'wk_platform']) {
      await q.query(`DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${role}') THEN
          CREATE ROLE ${role} NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
        END IF; END $$`);
      await q.query(`GRANT ${role} TO CURRENT_USER`);
    }
    await q.query(`GRANT USAGE ON SCHEMA public TO wk_app, wk_auth, wk_platform`);
    await q.query(`CREATE OR REPLACE FUNCTION wk_current_tenant() RETURNS uuid LANGUAGE sql STABLE AS
      $$ SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid $$`);
    await q.query(`GRANT EXECUTE ON FUNCTION wk_current_tenant() TO wk_app, wk_auth, wk_platform`);

    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON users, org_units, org_unit_members, wijken, wijk_cbs_units TO wk_app`);
    await q.query(`GRANT SELECT, INSERT ON audit_events TO wk_app`);
    await q.query(`GRANT SELECT, UPDATE ON sessions TO wk_app`);
    await q.query(`GRANT SELECT ON tenants TO wk_app`);
    await q.query(`GRANT UPDATE (name, theme, settings, version) ON tenants TO wk_app`);

    await q.query(`GRANT SELECT ON users, org_unit_members, tenants, platform_operators TO wk_auth`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON sessions, login_throttle TO wk_auth`);

    await q.query(`GRANT SELECT, INSERT ON tenants TO wk_platform`);

    for (const table of TENANT_TABLES) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY ${table}_tenant ON ${table} TO wk_app
        USING (tenant_id = wk_current_tenant()) WITH CHECK (tenant_id = wk_current_tenant())`);
    }
    await q.query(`CREATE POLICY users_signin ON users FOR SELECT TO wk_auth USING (true)`);
    await q.query(`CREATE POLICY org_unit_members_signin ON org_unit_members FOR SELECT TO wk_auth USING (true)`);
    await q.query(`CREATE POLICY sessions_auth ON sessions TO wk_auth USING (true) WITH CHECK (true)`);

    await q.query(`ALTER TABLE tenants ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE tenants FORCE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY tenants_own ON tenants TO wk_app USING (id = wk_current_tenant()) WITH CHECK (id = wk_current_tenant())`);
    await q.query(`CREATE POLICY tenants_signin ON tenants FOR SELECT TO wk_auth USING (true)`);
    await q.query(`CREATE POLICY tenants_platform_read ON tenants FOR SELECT TO wk_platform USING (true)`);
    await q.query(`CREATE POLICY tenants_platform_create ON tenants FOR INSERT TO wk_platform WITH CHECK (true)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [...TENANT_TABLES, 'tenants']) {
      await q.query(`ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
    }
    for (const p of TENANT_TABLES) await q.query(`DROP POLICY IF EXISTS ${p}_tenant ON ${p}`);
    await q.query(`DROP POLICY IF EXISTS users_signin ON users`);
    await q.query(`DROP POLICY IF EXISTS org_unit_members_signin ON org_unit_members`);
    await q.query(`DROP POLICY IF EXISTS sessions_auth ON sessions`);
    for (const p of ['tenants_own', 'tenants_signin', 'tenants_platform_read', 'tenants_platform_create'])
      await q.query(`DROP POLICY IF EXISTS ${p} ON tenants`);
    await q.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM wk_app, wk_auth, wk_platform`);
    await q.query(`DROP FUNCTION IF EXISTS wk_current_tenant()`);
  }
}
