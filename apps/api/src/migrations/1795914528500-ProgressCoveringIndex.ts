import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The dashboard, "mijn acties" and the overview read, per action, its updates in period order with the
 * latest first within a period. Covering that read (INCLUDE the figures) turns it into an index-only scan
 * of the index pages of this plan's lineage: the cost follows the wijk's own data, not the table's size.
 */
export class ProgressCoveringIndex1795914528500 implements MigrationInterface {
  name = 'ProgressCoveringIndex1795914528500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS "ix_progress_updates_action_period"`);
    await q.query(
      `CREATE INDEX "ix_progress_updates_action_period" ON "progress_updates"
         ("tenant_id", "lineage_id", "action_key", "year", "quarter", "created_at" DESC, "id" DESC)
         INCLUDE ("status", "percent_complete", "spent_cents")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS "ix_progress_updates_action_period"`);
    await q.query(
      `CREATE INDEX "ix_progress_updates_action_period" ON "progress_updates" ("tenant_id", "lineage_id", "action_key", "year", "quarter", "created_at")`,
    );
  }
}
