import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The plan tables: every row belongs to one tenant. */
export const PLAN_TABLES = [
  'plans',
  'plan_wijken',
  'plan_goals',
  'plan_actions',
  'plan_action_units',
  'plan_action_budgets',
  'plan_action_milestones',
] as const;

/** Grants and row-level security for the plan tables, as for the foundation's tenant tables. */
export class PlansRowLevelSecurity1795913403800 implements MigrationInterface {
  name = 'PlansRowLevelSecurity1795913403800';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${PLAN_TABLES.join(', ')} TO wk_app`);
    for (const table of PLAN_TABLES) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY ${table}_tenant ON ${table} TO wk_app
        USING (tenant_id = wk_current_tenant()) WITH CHECK (tenant_id = wk_current_tenant())`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of PLAN_TABLES) {
      await q.query(`DROP POLICY IF EXISTS ${table}_tenant ON ${table}`);
      await q.query(`ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
    }
    await q.query(`REVOKE ALL ON ${PLAN_TABLES.join(', ')} FROM wk_app`);
  }
}
