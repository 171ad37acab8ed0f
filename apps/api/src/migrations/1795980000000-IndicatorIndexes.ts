import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indicators at national scale (every wijk of the Netherlands × 30 indicators × 20 years):
 * - a wijk's page reads the figures of its units, its gemeente and the Netherlands: covering the read (INCLUDE the
 *   figure) makes it an index-only scan of those areas' entries, however the rows lie in the table (imports arrive
 *   edition by edition, so one area's rows are spread over as many pages as it has figures);
 * - the years and indelingen in which a gemeente's areas have figures are read from the gemeente index alone;
 * - a gemeente's own figures per area (the primary key leads with the indicator, not the tenant).
 * A public import changes what every gemeente sees: the operator may raise every tenant's data version (the view
 * cache keeps a view per tenant data version), and nothing else on that table (a tenant without a row yet gets one).
 */
export class IndicatorIndexes1795980000000 implements MigrationInterface {
  name = 'IndicatorIndexes1795980000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS "ix_stat_values_area"`);
    await q.query(
      `CREATE INDEX "ix_stat_values_area" ON "stat_values" ("area_code", "indicator_code", "year", "area_year")
         INCLUDE ("value", "missing", "import_id")`,
    );
    await q.query(`DROP INDEX IF EXISTS "ix_stat_values_gemeente"`);
    await q.query(
      `CREATE INDEX "ix_stat_values_gemeente" ON "stat_values" ("gm_code", "indicator_code", "year", "area_year") INCLUDE ("area_code")`,
    );
    await q.query(
      `CREATE INDEX "ix_tenant_indicator_values_area" ON "tenant_indicator_values" ("tenant_id", "area_code", "indicator_code", "year", "area_year")
         INCLUDE ("value", "missing", "import_id")`,
    );
    await q.query(`GRANT SELECT, INSERT, UPDATE ON tenant_data_versions TO wk_platform`);
    await q.query(
      `CREATE POLICY tenant_data_versions_platform ON tenant_data_versions FOR ALL TO wk_platform USING (true) WITH CHECK (true)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP POLICY IF EXISTS tenant_data_versions_platform ON tenant_data_versions`);
    await q.query(`REVOKE SELECT, INSERT, UPDATE ON tenant_data_versions FROM wk_platform`);
    await q.query(`DROP INDEX IF EXISTS "ix_tenant_indicator_values_area"`);
    await q.query(`DROP INDEX IF EXISTS "ix_stat_values_gemeente"`);
    await q.query(`CREATE INDEX "ix_stat_values_gemeente" ON "stat_values" ("gm_code", "indicator_code", "year")`);
    await q.query(`DROP INDEX IF EXISTS "ix_stat_values_area"`);
    await q.query(`CREATE INDEX "ix_stat_values_area" ON "stat_values" ("area_code", "indicator_code", "year")`);
  }
}
