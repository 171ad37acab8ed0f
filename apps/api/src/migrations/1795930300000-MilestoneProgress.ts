import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Marks of milestones on the adopted plan: tenant-owned and append-only, as progress updates are. */
export const MILESTONE_TABLES = ['progress_milestone_updates'] as const;

/**
 * Milestones as progress facts. A milestone keeps a `key` across the plan's revisions (as an action does), so
 * that "done" marked on the adopted revision carries over to the next one; existing milestones of later
 * revisions take the key of the same milestone (same action, same place) in the lineage's first revision.
 * `progress_milestone_updates` keeps every mark (done or not done again); the latest one counts.
 */
export class MilestoneProgress1795930300000 implements MigrationInterface {
  name = 'MilestoneProgress1795930300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "plan_action_milestones" ADD "key" uuid NOT NULL DEFAULT gen_random_uuid()`);
    await q.query(`UPDATE plan_action_milestones ms SET key = r.first_key
      FROM (SELECT ms.id, first_value(ms.key) OVER (PARTITION BY p.tenant_id, p.lineage_id, a.key, ms.position
                                                   ORDER BY p.revision) AS first_key
              FROM plan_action_milestones ms
              JOIN plan_actions a ON a.tenant_id = ms.tenant_id AND a.id = ms.action_id
              JOIN plans p ON p.tenant_id = a.tenant_id AND p.id = a.plan_id) r
     WHERE r.id = ms.id AND ms.key <> r.first_key`);
    // From now on the API gives every new milestone its key.
    await q.query(`ALTER TABLE "plan_action_milestones" ALTER COLUMN "key" DROP DEFAULT`);
    await q.query(
      `CREATE TABLE "progress_milestone_updates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "action_id" uuid NOT NULL, "lineage_id" uuid NOT NULL, "action_key" uuid NOT NULL, "milestone_key" uuid NOT NULL, "done" boolean NOT NULL, "note" character varying(1000) NOT NULL DEFAULT '', "author_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_progress_milestone_updates" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_progress_milestone_updates_milestone" ON "progress_milestone_updates" ("tenant_id", "lineage_id", "action_key", "milestone_key", "created_at") `,
    );
    await q.query(
      `ALTER TABLE "progress_milestone_updates" ADD CONSTRAINT "FK_9438cf76f1d3ce771a16c319af6" FOREIGN KEY ("action_id", "tenant_id") REFERENCES "plan_actions"("id","tenant_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "progress_milestone_updates" ADD CONSTRAINT "FK_a6657b23fe06272fe671511e82c" FOREIGN KEY ("author_id", "tenant_id") REFERENCES "users"("id","tenant_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // Insert and read only for the application: a mark is undone by a new mark.
    await q.query(`GRANT SELECT, INSERT ON ${MILESTONE_TABLES.join(', ')} TO wk_app`);
    for (const table of MILESTONE_TABLES) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY ${table}_tenant ON ${table} TO wk_app
        USING (tenant_id = wk_current_tenant()) WITH CHECK (tenant_id = wk_current_tenant())`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "progress_milestone_updates"`);
    await q.query(`ALTER TABLE "plan_action_milestones" DROP COLUMN "key"`);
  }
}
