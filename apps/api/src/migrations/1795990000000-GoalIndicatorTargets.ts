import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tenant data of this migration (row-level security, and the cross-tenant test's snapshot). */
export const TARGET_TABLES = ['goal_indicator_targets'] as const;

/**
 * Effect indicators of goals: per goal and wijk of the plan an indicator with a baseline, a target and intermediate
 * targets; tenant data under row-level security like the goals themselves.
 */
export class GoalIndicatorTargets1795990000000 implements MigrationInterface {
  name = 'GoalIndicatorTargets1795990000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "goal_indicator_targets" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "plan_id" uuid NOT NULL, "goal_id" uuid NOT NULL, "wijk_id" uuid NOT NULL, "indicator_code" character varying(60) NOT NULL, "baseline_year" smallint NOT NULL, "baseline_value" double precision NOT NULL, "target_year" smallint NOT NULL, "target_value" double precision NOT NULL, "intermediate" jsonb NOT NULL DEFAULT '[]', "tolerance_percent" double precision NOT NULL DEFAULT '10', "position" smallint NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "ck_goal_indicator_targets_years" CHECK (target_year > baseline_year), CONSTRAINT "PK_4988729b416c2f81e8ebaccd674" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_goal_indicator_targets_goal" ON "goal_indicator_targets"  ("tenant_id", "goal_id") `);
    await queryRunner.query(`CREATE INDEX "ix_goal_indicator_targets_plan" ON "goal_indicator_targets"  ("tenant_id", "plan_id") `);
    await queryRunner.query(
      `ALTER TABLE "goal_indicator_targets" ADD CONSTRAINT "FK_09075e0423f3532b417fe95753f" FOREIGN KEY ("plan_id", "tenant_id") REFERENCES "plans"("id","tenant_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "goal_indicator_targets" ADD CONSTRAINT "FK_dfc01fbf06e37257ea82ccea845" FOREIGN KEY ("goal_id", "tenant_id") REFERENCES "plan_goals"("id","tenant_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "goal_indicator_targets" ADD CONSTRAINT "FK_576a338f66113fa90b0122627f0" FOREIGN KEY ("wijk_id", "tenant_id") REFERENCES "wijken"("id","tenant_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON goal_indicator_targets TO wk_app`);
    for (const table of TARGET_TABLES) {
      await queryRunner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`CREATE POLICY ${table}_tenant ON ${table} TO wk_app
        USING (tenant_id = wk_current_tenant()) WITH CHECK (tenant_id = wk_current_tenant())`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "goal_indicator_targets" DROP CONSTRAINT "FK_576a338f66113fa90b0122627f0"`);
    await queryRunner.query(`ALTER TABLE "goal_indicator_targets" DROP CONSTRAINT "FK_dfc01fbf06e37257ea82ccea845"`);
    await queryRunner.query(`ALTER TABLE "goal_indicator_targets" DROP CONSTRAINT "FK_09075e0423f3532b417fe95753f"`);
    await queryRunner.query(`DROP INDEX "public"."ix_goal_indicator_targets_plan"`);
    await queryRunner.query(`DROP INDEX "public"."ix_goal_indicator_targets_goal"`);
    await queryRunner.query(`DROP TABLE "goal_indicator_targets"`);
  }
}
