import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tenant data of this migration (row-level security, and the cross-tenant test's snapshot). */
export const PUBLICATION_TABLES = ['plan_publications'] as const;

/**
 * Publication of an adopted plan on the gemeente's public pages: one row per published revision, tenant data
 * under row-level security like the plan itself (the public pages read it inside the gemeente's scope).
 */
export class PlanPublications1796000000000 implements MigrationInterface {
  name = 'PlanPublications1796000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "plan_publications" ("tenant_id" uuid NOT NULL, "plan_id" uuid NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL, "published_by" uuid, CONSTRAINT "PK_2255c2736e236de97df07f9c163" PRIMARY KEY ("tenant_id", "plan_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_publications" ADD CONSTRAINT "FK_2255c2736e236de97df07f9c163" FOREIGN KEY ("plan_id", "tenant_id") REFERENCES "plans"("id","tenant_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON plan_publications TO wk_app`);
    for (const table of PUBLICATION_TABLES) {
      await queryRunner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`CREATE POLICY ${table}_tenant ON ${table} TO wk_app
        USING (tenant_id = wk_current_tenant()) WITH CHECK (tenant_id = wk_current_tenant())`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "plan_publications" DROP CONSTRAINT "FK_2255c2736e236de97df07f9c163"`);
    await queryRunner.query(`DROP TABLE "plan_publications"`);
  }
}
