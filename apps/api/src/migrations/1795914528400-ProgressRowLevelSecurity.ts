import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The progress tables: tenant-owned, and append-only for the application (history is never overwritten). */
export const PROGRESS_TABLES = ['progress_updates', 'plan_closed_periods'] as const;

export class ProgressRowLevelSecurity1795914528400 implements MigrationInterface {
  name = 'ProgressRowLevelSecurity1795914528400';

  async up(q: QueryRunner): Promise<void> {
    // Insert and read only: an update is corrected by a new one, a closed period stays closed.
    await q.query(`GRANT SELECT, INSERT ON ${PROGRESS_TABLES.join(', ')} TO wk_app`);
    for (const table of PROGRESS_TABLES) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY ${table}_tenant ON ${table} TO wk_app
        USING (tenant_id = wk_current_tenant()) WITH CHECK (tenant_id = wk_current_tenant())`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of PROGRESS_TABLES) {
      await q.query(`DROP POLICY IF EXISTS ${table}_tenant ON ${table}`);
      await q.query(`ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
    }
    await q.query(`REVOKE ALL ON ${PROGRESS_TABLES.join(', ')} FROM wk_app`);
  }
}
