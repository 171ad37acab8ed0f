import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tenant data of this migration (row-level security, and the cross-tenant test's snapshot). */
export const REMINDER_TABLES = ['mail_outbox', 'reminder_unsubscribes'] as const;

/**
 * E-mail reminders: the outbox of every message the product makes (unique per tenant and dedupe key: a digest goes
 * out once per user and week, whatever the number of API instances) and the users who unsubscribed from the digest.
 * The job queue itself (pg-boss) keeps its own schema `pgboss`, made by pg-boss at start.
 */
export class Reminders1796000100000 implements MigrationInterface {
  name = 'Reminders1796000100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "mail_outbox" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "kind" character varying(30) NOT NULL, "to_user_id" uuid, "to_address" character varying(254) NOT NULL, "subject" character varying(300) NOT NULL, "body_text" text NOT NULL, "dedupe_key" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, "delivery" character varying(10), "attempts" integer NOT NULL DEFAULT '0', "last_error" text, CONSTRAINT "PK_fecc63c96385bc35a39ccf2a72e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_mail_outbox_created" ON "mail_outbox"  ("tenant_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_mail_outbox_dedupe" ON "mail_outbox"  ("tenant_id", "dedupe_key") `);
    await queryRunner.query(
      `CREATE TABLE "reminder_unsubscribes" ("tenant_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0761a92bd1078f4cc6f4a9ea7d2" PRIMARY KEY ("tenant_id", "user_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "mail_outbox" ADD CONSTRAINT "FK_24d2f20de4f38aaeba9d170cf3a" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reminder_unsubscribes" ADD CONSTRAINT "FK_ea3e66c9bf81f9a00e654756d52" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON mail_outbox TO wk_app`);
    await queryRunner.query(`GRANT SELECT, INSERT, DELETE ON reminder_unsubscribes TO wk_app`);
    for (const table of REMINDER_TABLES) {
      await queryRunner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`CREATE POLICY ${table}_tenant ON ${table} TO wk_app
        USING (tenant_id = wk_current_tenant()) WITH CHECK (tenant_id = wk_current_tenant())`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reminder_unsubscribes" DROP CONSTRAINT "FK_ea3e66c9bf81f9a00e654756d52"`);
    await queryRunner.query(`ALTER TABLE "mail_outbox" DROP CONSTRAINT "FK_24d2f20de4f38aaeba9d170cf3a"`);
    await queryRunner.query(`DROP TABLE "reminder_unsubscribes"`);
    await queryRunner.query(`DROP INDEX "public"."uq_mail_outbox_dedupe"`);
    await queryRunner.query(`DROP INDEX "public"."ix_mail_outbox_created"`);
    await queryRunner.query(`DROP TABLE "mail_outbox"`);
  }
}
