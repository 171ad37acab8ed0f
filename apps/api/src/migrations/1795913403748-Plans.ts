import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Plans1795913403748 implements MigrationInterface {
  name = 'Plans1795913403748';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "plans" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "lineage_id" uuid NOT NULL, "revision" smallint NOT NULL, "title" character varying(200) NOT NULL, "vision" text NOT NULL DEFAULT '', "start_year" smallint NOT NULL, "end_year" smallint NOT NULL, "sections" jsonb NOT NULL, "status" character varying(12) NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE, "adopted_on" date, "decision_reference" character varying(200), "adopted_at" TIMESTAMP WITH TIME ZONE, "archived_at" TIMESTAMP WITH TIME ZONE, "demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "uq_plans_lineage_revision" UNIQUE ("tenant_id", "lineage_id", "revision"), CONSTRAINT "uq_plans_tenant_id" UNIQUE ("tenant_id", "id"), CONSTRAINT "ck_plans_adoption" CHECK (status IN ('draft', 'in_review') OR (adopted_on IS NOT NULL AND decision_reference IS NOT NULL)), CONSTRAINT "ck_plans_status" CHECK (status IN ('draft', 'in_review', 'adopted', 'archived')), CONSTRAINT "ck_plans_horizon" CHECK (end_year >= start_year), CONSTRAINT "PK_3720521a81c7c24fe9b7202ba61" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_plans_one_adopted_revision" ON "plans"  ("tenant_id", "lineage_id") WHERE status = 'adopted'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_plans_one_open_revision" ON "plans"  ("tenant_id", "lineage_id") WHERE status IN ('draft', 'in_review')`,
    );
    await queryRunner.query(
      `CREATE TABLE "plan_wijken" ("tenant_id" uuid NOT NULL, "plan_id" uuid NOT NULL, "wijk_id" uuid NOT NULL, "position" smallint NOT NULL DEFAULT '0', CONSTRAINT "PK_67d0a14783d85be4026eb1e7976" PRIMARY KEY ("tenant_id", "plan_id", "wijk_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_plan_wijken_wijk" ON "plan_wijken"  ("tenant_id", "wijk_id") `);
    await queryRunner.query(
      `CREATE TABLE "plan_goals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "plan_id" uuid NOT NULL, "key" uuid NOT NULL, "block" character varying(2) NOT NULL, "pillar" character varying(2), "statement" text NOT NULL, "target" text, "position" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "uq_plan_goals_plan_key" UNIQUE ("tenant_id", "plan_id", "key"), CONSTRAINT "uq_plan_goals_tenant_id" UNIQUE ("tenant_id", "id"), CONSTRAINT "ck_plan_goals_pillar" CHECK ((block = 'B4' AND pillar IN ('P1', 'P2', 'P3')) OR (block <> 'B4' AND pillar IS NULL)), CONSTRAINT "ck_plan_goals_block" CHECK (block IN ('B1', 'B2', 'B3', 'B4', 'B5', 'B6')), CONSTRAINT "PK_3c94e7ff165c29164dcf51676ac" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_plan_goals_plan" ON "plan_goals"  ("tenant_id", "plan_id") `);
    await queryRunner.query(
      `CREATE TABLE "plan_actions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "plan_id" uuid NOT NULL, "goal_id" uuid NOT NULL, "key" uuid NOT NULL, "title" character varying(300) NOT NULL, "description" text NOT NULL DEFAULT '', "lead_unit_id" uuid, "owner_id" uuid, "start_year" smallint NOT NULL, "start_quarter" smallint NOT NULL, "end_year" smallint NOT NULL, "end_quarter" smallint NOT NULL, "position" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "uq_plan_actions_plan_key" UNIQUE ("tenant_id", "plan_id", "key"), CONSTRAINT "uq_plan_actions_tenant_id" UNIQUE ("tenant_id", "id"), CONSTRAINT "ck_plan_actions_period" CHECK (end_year * 4 + end_quarter >= start_year * 4 + start_quarter), CONSTRAINT "ck_plan_actions_quarters" CHECK (start_quarter BETWEEN 1 AND 4 AND end_quarter BETWEEN 1 AND 4), CONSTRAINT "PK_c835bdda7f4948a712944d89e29" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_plan_actions_lead" ON "plan_actions"  ("tenant_id", "lead_unit_id") `);
    await queryRunner.query(`CREATE INDEX "ix_plan_actions_goal" ON "plan_actions"  ("tenant_id", "goal_id") `);
    await queryRunner.query(`CREATE INDEX "ix_plan_actions_plan" ON "plan_actions"  ("tenant_id", "plan_id") `);
    await queryRunner.query(
      `CREATE TABLE "plan_action_units" ("tenant_id" uuid NOT NULL, "action_id" uuid NOT NULL, "org_unit_id" uuid NOT NULL, CONSTRAINT "PK_915667f2d47a1d99f9d710caff2" PRIMARY KEY ("tenant_id", "action_id", "org_unit_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_plan_action_units_unit" ON "plan_action_units"  ("tenant_id", "org_unit_id") `);
    await queryRunner.query(
      `CREATE TABLE "plan_action_budgets" ("tenant_id" uuid NOT NULL, "action_id" uuid NOT NULL, "year" smallint NOT NULL, "amount_cents" bigint NOT NULL, CONSTRAINT "ck_plan_action_budgets_amount" CHECK (amount_cents >= 0), CONSTRAINT "PK_a61901601e936dc316e7a6451a0" PRIMARY KEY ("tenant_id", "action_id", "year"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "plan_action_milestones" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "action_id" uuid NOT NULL, "title" character varying(300) NOT NULL, "due_date" date NOT NULL, "done" boolean NOT NULL DEFAULT false, "position" smallint NOT NULL, CONSTRAINT "PK_0f06b3819ca54527c7393e82552" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_plan_action_milestones_action" ON "plan_action_milestones"  ("tenant_id", "action_id") `);
    await queryRunner.query(
      `ALTER TABLE "plans" ADD CONSTRAINT "FK_f17ddc6d7cd26981b7ac8bf902f" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_wijken" ADD CONSTRAINT "FK_0dc0c9514d864a040ec9300a3fd" FOREIGN KEY ("plan_id", "tenant_id") REFERENCES "plans"("id","tenant_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_wijken" ADD CONSTRAINT "FK_3d47387ac70f8e0de5c1206b5f2" FOREIGN KEY ("wijk_id", "tenant_id") REFERENCES "wijken"("id","tenant_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_goals" ADD CONSTRAINT "FK_26f83f1891cfa0f04acc0ab4c60" FOREIGN KEY ("plan_id", "tenant_id") REFERENCES "plans"("id","tenant_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_actions" ADD CONSTRAINT "FK_fc8d4398c8c8c3dfcb7a9aad708" FOREIGN KEY ("plan_id", "tenant_id") REFERENCES "plans"("id","tenant_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_actions" ADD CONSTRAINT "FK_9b59a8ca89f938f528907d758bf" FOREIGN KEY ("goal_id", "tenant_id") REFERENCES "plan_goals"("id","tenant_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_actions" ADD CONSTRAINT "FK_169e4eed81fd1a553940669f2f7" FOREIGN KEY ("lead_unit_id", "tenant_id") REFERENCES "org_units"("id","tenant_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_actions" ADD CONSTRAINT "FK_c290475ad0c67b4bdabc0d0ae00" FOREIGN KEY ("owner_id", "tenant_id") REFERENCES "users"("id","tenant_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_action_units" ADD CONSTRAINT "FK_a44e2efdbb3b5eb0c922101f631" FOREIGN KEY ("action_id", "tenant_id") REFERENCES "plan_actions"("id","tenant_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_action_units" ADD CONSTRAINT "FK_14946317fd5a37ffff60ae7e5bb" FOREIGN KEY ("org_unit_id", "tenant_id") REFERENCES "org_units"("id","tenant_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_action_budgets" ADD CONSTRAINT "FK_3dd507481a5fbad789b4128e459" FOREIGN KEY ("action_id", "tenant_id") REFERENCES "plan_actions"("id","tenant_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_action_milestones" ADD CONSTRAINT "FK_86309cadb50fc80aab3bf2c25c3" FOREIGN KEY ("action_id", "tenant_id") REFERENCES "plan_actions"("id","tenant_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "plan_action_milestones" DROP CONSTRAINT "FK_86309cadb50fc80aab3bf2c25c3"`);
    await queryRunner.query(`ALTER TABLE "plan_action_budgets" DROP CONSTRAINT "FK_3dd507481a5fbad789b4128e459"`);
    await queryRunner.query(`ALTER TABLE "plan_action_units" DROP CONSTRAINT "FK_14946317fd5a37ffff60ae7e5bb"`);
    await queryRunner.query(`ALTER TABLE "plan_action_units" DROP CONSTRAINT "FK_a44e2efdbb3b5eb0c922101f631"`);
    await queryRunner.query(`ALTER TABLE "plan_actions" DROP CONSTRAINT "FK_c290475ad0c67b4bdabc0d0ae00"`);
    await queryRunner.query(`ALTER TABLE "plan_actions" DROP CONSTRAINT "FK_169e4eed81fd1a553940669f2f7"`);
    await queryRunner.query(`ALTER TABLE "plan_actions" DROP CONSTRAINT "FK_9b59a8ca89f938f528907d758bf"`);
    await queryRunner.query(`ALTER TABLE "plan_actions" DROP CONSTRAINT "FK_fc8d4398c8c8c3dfcb7a9aad708"`);
    await queryRunner.query(`ALTER TABLE "plan_goals" DROP CONSTRAINT "FK_26f83f1891cfa0f04acc0ab4c60"`);
    await queryRunner.query(`ALTER TABLE "plan_wijken" DROP CONSTRAINT "FK_3d47387ac70f8e0de5c1206b5f2"`);
    await queryRunner.query(`ALTER TABLE "plan_wijken" DROP CONSTRAINT "FK_0dc0c9514d864a040ec9300a3fd"`);
    await queryRunner.query(`ALTER TABLE "plans" DROP CONSTRAINT "FK_f17ddc6d7cd26981b7ac8bf902f"`);
    await queryRunner.query(`DROP INDEX "public"."ix_plan_action_milestones_action"`);
    await queryRunner.query(`DROP TABLE "plan_action_milestones"`);
    await queryRunner.query(`DROP TABLE "plan_action_budgets"`);
    await queryRunner.query(`DROP INDEX "public"."ix_plan_action_units_unit"`);
    await queryRunner.query(`DROP TABLE "plan_action_units"`);
    await queryRunner.query(`DROP INDEX "public"."ix_plan_actions_plan"`);
    await queryRunner.query(`DROP INDEX "public"."ix_plan_actions_goal"`);
    await queryRunner.query(`DROP INDEX "public"."ix_plan_actions_lead"`);
    await queryRunner.query(`DROP TABLE "plan_actions"`);
    await queryRunner.query(`DROP INDEX "public"."ix_plan_goals_plan"`);
    await queryRunner.query(`DROP TABLE "plan_goals"`);
    await queryRunner.query(`DROP INDEX "public"."ix_plan_wijken_wijk"`);
    await queryRunner.query(`DROP TABLE "plan_wijken"`);
    await queryRunner.query(`DROP INDEX "public"."uq_plans_one_open_revision"`);
    await queryRunner.query(`DROP INDEX "public"."uq_plans_one_adopted_revision"`);
    await queryRunner.query(`DROP TABLE "plans"`);
  }
}
