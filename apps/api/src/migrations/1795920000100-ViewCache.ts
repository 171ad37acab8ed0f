import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tenant-owned bookkeeping of the view cache, under FORCE row-level security like every tenant table. */
export const VIEW_CACHE_TABLES = ['tenant_data_versions'] as const;

/**
 * One row per tenant with a version that every writing request raises in its own transaction (see
 * TenantDataVersionEntity and ViewCacheInterceptor). The session lookup (wk_auth) reads it on every request.
 */
export class ViewCache1795920000100 implements MigrationInterface {
  name = 'ViewCache1795920000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "tenant_data_versions" (
      "tenant_id" uuid NOT NULL,
      "version" bigint NOT NULL DEFAULT '0',
      CONSTRAINT "PK_tenant_data_versions" PRIMARY KEY ("tenant_id"))`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON tenant_data_versions TO wk_app`);
    await q.query(`GRANT SELECT ON tenant_data_versions TO wk_auth`);
    await q.query(`ALTER TABLE tenant_data_versions ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE tenant_data_versions FORCE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY tenant_data_versions_tenant ON tenant_data_versions TO wk_app
      USING (tenant_id = wk_current_tenant()) WITH CHECK (tenant_id = wk_current_tenant())`);
    // Read with the session, before any tenant is set (the version is no secret: a counter).
    await q.query(`CREATE POLICY tenant_data_versions_signin ON tenant_data_versions FOR SELECT TO wk_auth USING (true)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS "tenant_data_versions"`);
  }
}
