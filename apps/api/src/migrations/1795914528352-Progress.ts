import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Progress1795914528352 implements MigrationInterface {
  name = 'Progress1795914528352';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "progress_updates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "action_id" uuid NOT NULL, "lineage_id" uuid NOT NULL, "action_key" uuid NOT NULL, "year" smallint NOT NULL, "quarter" smallint, "status" character varying(12) NOT NULL, "percent_complete" smallint NOT NULL, "narrative" text NOT NULL, "spent_cents" bigint NOT NULL, "author_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_progress_updates_status" CHECK (status IN ('not_started', 'on_track', 'at_risk', 'delayed', 'completed', 'cancelled')), CONSTRAINT "ck_progress_updates_spent" CHECK (spent_cents >= 0), CONSTRAINT "ck_progress_updates_percent" CHECK (percent_complete BETWEEN 0 AND 100), CONSTRAINT "ck_progress_updates_quarter" CHECK (quarter IS NULL OR quarter BETWEEN 1 AND 4), CONSTRAINT "PK_180f6781848cb83b31c3deb131b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_progress_updates_action" ON "progress_updates"  ("tenant_id", "action_id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_progress_updates_action_period" ON "progress_updates"  ("tenant_id", "lineage_id", "action_key", "year", "quarter", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "plan_closed_periods" ("tenant_id" uuid NOT NULL, "lineage_id" uuid NOT NULL, "period_key" character varying(7) NOT NULL, "year" smallint NOT NULL, "quarter" smallint, "closed_by" uuid, "closed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_61b73c18ee3a81e7f24b4595d4a" PRIMARY KEY ("tenant_id", "lineage_id", "period_key"))`,
    );
    await queryRunner.query(`ALTER TABLE "plans" ADD "cadence" character varying(10) NOT NULL DEFAULT 'quarterly'`);
    await queryRunner.query(`ALTER TABLE "plans" ADD CONSTRAINT "ck_plans_cadence" CHECK (cadence IN ('quarterly', 'yearly'))`);
    await queryRunner.query(
      `ALTER TABLE "progress_updates" ADD CONSTRAINT "FK_8dd141ea077c403fb5eefd86f4e" FOREIGN KEY ("action_id", "tenant_id") REFERENCES "plan_actions"("id","tenant_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "progress_updates" ADD CONSTRAINT "FK_f83ec267f7f34ce18033c62b67d" FOREIGN KEY ("author_id", "tenant_id") REFERENCES "users"("id","tenant_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_closed_periods" ADD CONSTRAINT "FK_dc39ba01fc58471d126d530064e" FOREIGN KEY ("closed_by", "tenant_id") REFERENCES "users"("id","tenant_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "plan_closed_periods" DROP CONSTRAINT "FK_dc39ba01fc58471d126d530064e"`);
    await queryRunner.query(`ALTER TABLE "progress_updates" DROP CONSTRAINT "FK_f83ec267f7f34ce18033c62b67d"`);
    await queryRunner.query(`ALTER TABLE "progress_updates" DROP CONSTRAINT "FK_8dd141ea077c403fb5eefd86f4e"`);
    await queryRunner.query(`ALTER TABLE "plans" DROP CONSTRAINT "ck_plans_cadence"`);
    await queryRunner.query(`ALTER TABLE "plans" DROP COLUMN "cadence"`);
    await queryRunner.query(`DROP TABLE "plan_closed_periods"`);
    await queryRunner.query(`DROP INDEX "public"."ix_progress_updates_action_period"`);
    await queryRunner.query(`DROP INDEX "public"."ix_progress_updates_action"`);
    await queryRunner.query(`DROP TABLE "progress_updates"`);
  }
}
