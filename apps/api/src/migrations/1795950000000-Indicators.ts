import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A gemeente's own indicators, values and imports: tenant data under row-level security. */
export const INDICATOR_TABLES = ['tenant_indicators', 'tenant_indicator_imports', 'tenant_indicator_values'] as const;

/** The public statistics: one copy for every gemeente, read by all tenants, written by the operator only. */
export const STAT_TABLES = ['stat_indicators', 'stat_areas', 'stat_imports', 'stat_values'] as const;

/**
 * Indicators: how a wijk is doing, per area, indicator and year.
 * - Public statistics (CBS, Leefbaarometer, RIVM) are the same for every gemeente: kept once in the `stat_*`
 *   tables, readable by every tenant (wk_app may only SELECT) and written only by the platform operator
 *   (wk_platform), through the importer.
 * - A gemeente's own indicators and values (its resident survey) live in the `tenant_indicator*` tables,
 *   under the same row-level security as all tenant data.
 * A value is either a number or missing with its reason (never both), and always names the import it came from.
 */
export class Indicators1795950000000 implements MigrationInterface {
  name = 'Indicators1795950000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "stat_indicators" ("code" character varying(60) NOT NULL, "name_nl" character varying(200) NOT NULL, "name_en" character varying(200) NOT NULL, "description_nl" text NOT NULL, "description_en" text NOT NULL, "unit" character varying(20) NOT NULL, "decimals" smallint NOT NULL, "direction" character varying(20) NOT NULL, "kind" character varying(20) NOT NULL, "source_publisher" character varying(200) NOT NULL, "source_table" character varying(300) NOT NULL, "source_variable" character varying(300) NOT NULL, "blocks" text array NOT NULL, "pillars" text array NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_41a1677912bc1962077e4a557d6" PRIMARY KEY ("code"))`,
    );
    await q.query(
      `CREATE TABLE "stat_areas" ("code" character varying(10) NOT NULL, "year" smallint NOT NULL, "name" character varying(200) NOT NULL, CONSTRAINT "PK_9affeb6524cba45088001c0ca08" PRIMARY KEY ("code", "year"))`,
    );
    await q.query(
      `CREATE TABLE "stat_imports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "layout" character varying(30) NOT NULL, "file_name" character varying(300) NOT NULL, "source" character varying(300) NOT NULL, "sha256" character(64) NOT NULL, "rows" integer NOT NULL, "new" integer NOT NULL, "changed" integer NOT NULL, "unchanged" integer NOT NULL, "imported_by" character varying(300) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_23af4565e5d7778a242e31131fa" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "stat_values" ("indicator_code" character varying(60) NOT NULL, "area_code" character varying(10) NOT NULL, "area_year" smallint NOT NULL, "year" smallint NOT NULL, "value" double precision, "missing" character varying(20), "import_id" uuid NOT NULL, "gm_code" character varying(6), CONSTRAINT "ck_stat_values_value_or_missing" CHECK ((value IS NULL) <> (missing IS NULL)), CONSTRAINT "PK_72c603d45e4eb65c86022ada1a2" PRIMARY KEY ("indicator_code", "area_code", "area_year", "year"))`,
    );
    await q.query(`CREATE INDEX "ix_stat_values_import" ON "stat_values"  ("import_id")`);
    await q.query(`CREATE INDEX "ix_stat_values_area" ON "stat_values"  ("area_code", "indicator_code", "year")`);
    await q.query(`CREATE INDEX "ix_stat_values_gemeente" ON "stat_values"  ("gm_code", "indicator_code", "year")`);
    await q.query(
      `CREATE TABLE "tenant_indicators" ("code" character varying(60) NOT NULL, "name_nl" character varying(200) NOT NULL, "name_en" character varying(200) NOT NULL, "description_nl" text NOT NULL, "description_en" text NOT NULL, "unit" character varying(20) NOT NULL, "decimals" smallint NOT NULL, "direction" character varying(20) NOT NULL, "kind" character varying(20) NOT NULL, "source_publisher" character varying(200) NOT NULL, "source_table" character varying(300) NOT NULL, "source_variable" character varying(300) NOT NULL, "blocks" text array NOT NULL, "pillars" text array NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "tenant_id" uuid NOT NULL, "version" integer NOT NULL, CONSTRAINT "PK_701ebaf29f455ac191b9e74a09a" PRIMARY KEY ("code", "tenant_id"))`,
    );
    await q.query(
      `CREATE TABLE "tenant_indicator_imports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "layout" character varying(30) NOT NULL, "file_name" character varying(300) NOT NULL, "source" character varying(300) NOT NULL, "sha256" character(64) NOT NULL, "rows" integer NOT NULL, "new" integer NOT NULL, "changed" integer NOT NULL, "unchanged" integer NOT NULL, "imported_by" character varying(300) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "tenant_id" uuid NOT NULL, CONSTRAINT "uq_tenant_indicator_imports_tenant_id" UNIQUE ("tenant_id", "id"), CONSTRAINT "PK_ecd38ef9892c2f7f6553890b1d9" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "tenant_indicator_values" ("indicator_code" character varying(60) NOT NULL, "area_code" character varying(10) NOT NULL, "area_year" smallint NOT NULL, "year" smallint NOT NULL, "value" double precision, "missing" character varying(20), "import_id" uuid NOT NULL, "tenant_id" uuid NOT NULL, CONSTRAINT "ck_tenant_indicator_values_value_or_missing" CHECK ((value IS NULL) <> (missing IS NULL)), CONSTRAINT "PK_0fa7ba7e4d4b5538edfb02311b6" PRIMARY KEY ("indicator_code", "area_code", "area_year", "year", "tenant_id"))`,
    );
    await q.query(`CREATE INDEX "ix_tenant_indicator_values_import" ON "tenant_indicator_values"  ("tenant_id", "import_id")`);
    await q.query(
      `ALTER TABLE "stat_values" ADD CONSTRAINT "FK_16bc0797a4d100021c9d334fa8c" FOREIGN KEY ("import_id") REFERENCES "stat_imports"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "stat_values" ADD CONSTRAINT "FK_8972da3e7d67044aa5615551eaa" FOREIGN KEY ("indicator_code") REFERENCES "stat_indicators"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "tenant_indicators" ADD CONSTRAINT "FK_e00b6d974f4408b82b16110465e" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "tenant_indicator_imports" ADD CONSTRAINT "FK_a5842521801a984e73bb76990d4" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "tenant_indicator_values" ADD CONSTRAINT "FK_9d39f4021b8e1fa1c6f846fa9c6" FOREIGN KEY ("import_id", "tenant_id") REFERENCES "tenant_indicator_imports"("id","tenant_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    await q.query(`GRANT SELECT ON ${STAT_TABLES.join(', ')} TO wk_app`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${STAT_TABLES.join(', ')} TO wk_platform`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${INDICATOR_TABLES.join(', ')} TO wk_app`);
    for (const table of INDICATOR_TABLES) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY ${table}_tenant ON ${table} TO wk_app
        USING (tenant_id = wk_current_tenant()) WITH CHECK (tenant_id = wk_current_tenant())`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'tenant_indicator_values',
      'tenant_indicator_imports',
      'tenant_indicators',
      'stat_values',
      'stat_imports',
      'stat_areas',
      'stat_indicators',
    ])
      await q.query(`DROP TABLE IF EXISTS "${table}"`);
  }
}
