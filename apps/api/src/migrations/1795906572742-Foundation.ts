import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795906572742 implements MigrationInterface {
  name = 'Foundation1795906572742';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_kind" character varying(10) NOT NULL, "actor_id" uuid, "actor_name" character varying(200), "action" character varying(60) NOT NULL, "object_type" character varying(60) NOT NULL, "object_id" character varying(100), "before" jsonb, "after" jsonb, "request_id" character varying(64), CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_audit_events_tenant_time" ON "audit_events"  ("tenant_id", "occurred_at") `);
    await queryRunner.query(
      `CREATE INDEX "ix_audit_events_object" ON "audit_events"  ("tenant_id", "object_type", "object_id", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "tenants" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "slug" character varying(63) NOT NULL, "cbs_code" character varying(6) NOT NULL, "theme" jsonb NOT NULL, "settings" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_53be67a04681c66b87ee27c9321" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_tenants_slug" ON "tenants"  ("slug") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_tenants_cbs_code" ON "tenants"  ("cbs_code") `);
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "email" character varying(254) NOT NULL, "name" character varying(200) NOT NULL, "role" character varying(20) NOT NULL, "password_hash" text NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "uq_users_tenant_id" UNIQUE ("tenant_id", "id"), CONSTRAINT "uq_users_tenant_email" UNIQUE ("tenant_id", "email"), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "org_units" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "kind" character varying(20) NOT NULL, "description" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "uq_org_units_tenant_id" UNIQUE ("tenant_id", "id"), CONSTRAINT "uq_org_units_tenant_name" UNIQUE ("tenant_id", "name"), CONSTRAINT "PK_b4a19b7f3756560cd75643be5a7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "org_unit_members" ("tenant_id" uuid NOT NULL, "org_unit_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_54b481a50e9108d5a2a09444cff" PRIMARY KEY ("tenant_id", "org_unit_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "platform_operators" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "name" character varying(200) NOT NULL, "password_hash" text NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_be969f962da634b4e8f01afbac5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_platform_operators_email" ON "platform_operators"  ("email") `);
    await queryRunner.query(
      `CREATE TABLE "sessions" ("id" character varying(64) NOT NULL, "tenant_id" uuid, "user_id" uuid, "operator_id" uuid, "csrf_token" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "ip" character varying(64), CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_sessions_user" ON "sessions"  ("tenant_id", "user_id") `);
    await queryRunner.query(
      `CREATE TABLE "login_throttle" ("key" character varying(300) NOT NULL, "failures" integer NOT NULL DEFAULT '0', "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "locked_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_14c03bac82292a8310c54cb98d0" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "wijken" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "population" integer, "population_year" smallint, "population_source" character varying(300), "role_in_city" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "uq_wijken_tenant_id" UNIQUE ("tenant_id", "id"), CONSTRAINT "uq_wijken_tenant_name" UNIQUE ("tenant_id", "name"), CONSTRAINT "PK_96fe217bb2f1c2230fd0170ead1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "wijk_cbs_units" ("tenant_id" uuid NOT NULL, "wijk_id" uuid NOT NULL, "code" character varying(10) NOT NULL, "year" smallint NOT NULL, "level" character varying(5) NOT NULL, "cbs_name" character varying(200), "position" smallint NOT NULL DEFAULT '0', CONSTRAINT "PK_d928eb5c0ca3dfc72879785020e" PRIMARY KEY ("tenant_id", "wijk_id", "code", "year"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "FK_109638590074998bb72a2f2cf08" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "org_units" ADD CONSTRAINT "FK_7a908bc3d0c47dbc7964b8c1091" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "org_unit_members" ADD CONSTRAINT "FK_deb44033b152e3bf38d7a15310a" FOREIGN KEY ("org_unit_id", "tenant_id") REFERENCES "org_units"("id","tenant_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "org_unit_members" ADD CONSTRAINT "FK_19f7de4b20613fbd4fd52c98490" FOREIGN KEY ("user_id", "tenant_id") REFERENCES "users"("id","tenant_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sessions" ADD CONSTRAINT "FK_22aa22eb69a1e6826a1f58902d1" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sessions" ADD CONSTRAINT "FK_32a6ac85a3a94e9d0ff397ab917" FOREIGN KEY ("user_id", "tenant_id") REFERENCES "users"("id","tenant_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sessions" ADD CONSTRAINT "FK_564049e1a03dab14c91cfe3c56e" FOREIGN KEY ("operator_id") REFERENCES "platform_operators"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "wijken" ADD CONSTRAINT "FK_435adadc8335af1be7605f9eaa5" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "wijk_cbs_units" ADD CONSTRAINT "FK_b07f06a081a232b4b425adde0d4" FOREIGN KEY ("wijk_id", "tenant_id") REFERENCES "wijken"("id","tenant_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "wijk_cbs_units" DROP CONSTRAINT "FK_b07f06a081a232b4b425adde0d4"`);
    await queryRunner.query(`ALTER TABLE "wijken" DROP CONSTRAINT "FK_435adadc8335af1be7605f9eaa5"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "FK_564049e1a03dab14c91cfe3c56e"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "FK_32a6ac85a3a94e9d0ff397ab917"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "FK_22aa22eb69a1e6826a1f58902d1"`);
    await queryRunner.query(`ALTER TABLE "org_unit_members" DROP CONSTRAINT "FK_19f7de4b20613fbd4fd52c98490"`);
    await queryRunner.query(`ALTER TABLE "org_unit_members" DROP CONSTRAINT "FK_deb44033b152e3bf38d7a15310a"`);
    await queryRunner.query(`ALTER TABLE "org_units" DROP CONSTRAINT "FK_7a908bc3d0c47dbc7964b8c1091"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "FK_109638590074998bb72a2f2cf08"`);
    await queryRunner.query(`DROP TABLE "wijk_cbs_units"`);
    await queryRunner.query(`DROP TABLE "wijken"`);
    await queryRunner.query(`DROP TABLE "login_throttle"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sessions_user"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP INDEX "public"."uq_platform_operators_email"`);
    await queryRunner.query(`DROP TABLE "platform_operators"`);
    await queryRunner.query(`DROP TABLE "org_unit_members"`);
    await queryRunner.query(`DROP TABLE "org_units"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP INDEX "public"."uq_tenants_cbs_code"`);
    await queryRunner.query(`DROP INDEX "public"."uq_tenants_slug"`);
    await queryRunner.query(`DROP TABLE "tenants"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_events_object"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_events_tenant_time"`);
    await queryRunner.query(`DROP TABLE "audit_events"`);
  }
}
