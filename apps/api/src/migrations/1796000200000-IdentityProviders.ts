import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tenant data of this migration (row-level security, and the cross-tenant test's snapshot). */
export const IDENTITY_PROVIDER_TABLES = ['identity_providers'] as const;

/**
 * Sign-in through the gemeente's own OpenID Connect provider: one provider per gemeente (tenant data, edited by
 * its beheerder under row-level security; read by the sign-in role before anyone is signed in, like users).
 * A user created or matched by the provider keeps the provider's subject; a session remembers how it was made
 * and, for a provider session, the ID token for the provider's sign-out (RP-initiated logout); it gets an id
 * that its owner sees (a list of own sessions, each of which can be ended).
 */
export class IdentityProviders1796000200000 implements MigrationInterface {
  name = 'IdentityProviders1796000200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "identity_providers" ("tenant_id" uuid NOT NULL, "issuer" character varying(500) NOT NULL,
        "client_id" character varying(255) NOT NULL, "client_auth" character varying(32) NOT NULL,
        "client_secret" text, "private_key_jwk" text, "groups_claim" character varying(100) NOT NULL DEFAULT 'groups',
        "role_mappings" jsonb NOT NULL DEFAULT '[]', "email_domains" text[] NOT NULL DEFAULT '{}',
        "password_sign_in" boolean NOT NULL DEFAULT true, "enabled" boolean NOT NULL DEFAULT true,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL,
        CONSTRAINT "PK_identity_providers" PRIMARY KEY ("tenant_id"),
        CONSTRAINT "ck_identity_providers_client_auth" CHECK (client_auth IN ('client_secret_basic', 'client_secret_post', 'private_key_jwt')))`,
    );
    await q.query(
      `ALTER TABLE "identity_providers" ADD CONSTRAINT "fk_identity_providers_tenant" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE`,
    );
    await q.query(`ALTER TABLE "users" ADD "external_subject" character varying(255)`);
    await q.query(`ALTER TABLE "users" ADD CONSTRAINT "uq_users_tenant_subject" UNIQUE ("tenant_id", "external_subject")`);
    await q.query(`ALTER TABLE "sessions" ADD "sign_in_method" character varying(16) NOT NULL DEFAULT 'password'`);
    await q.query(`ALTER TABLE "sessions" ADD "id_token" text`);
    // The id a person sees and ends a session by (the primary key is the token's hash, which stays inside).
    await q.query(`ALTER TABLE "sessions" ADD "public_id" uuid NOT NULL DEFAULT gen_random_uuid()`);
    await q.query(`ALTER TABLE "sessions" ADD CONSTRAINT "uq_sessions_public_id" UNIQUE ("public_id")`);

    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON identity_providers TO wk_app`);
    await q.query(`GRANT SELECT ON identity_providers TO wk_auth`);
    for (const table of IDENTITY_PROVIDER_TABLES) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY ${table}_tenant ON ${table} TO wk_app
        USING (tenant_id = wk_current_tenant()) WITH CHECK (tenant_id = wk_current_tenant())`);
    }
    // Before sign-in the gemeente is not known yet: the sign-in role finds the provider by gemeente or domain.
    await q.query(`CREATE POLICY identity_providers_signin ON identity_providers FOR SELECT TO wk_auth USING (true)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "identity_providers"`);
    await q.query(`ALTER TABLE "sessions" DROP COLUMN "public_id"`);
    await q.query(`ALTER TABLE "sessions" DROP COLUMN "id_token"`);
    await q.query(`ALTER TABLE "sessions" DROP COLUMN "sign_in_method"`);
    await q.query(`ALTER TABLE "users" DROP CONSTRAINT "uq_users_tenant_subject"`);
    await q.query(`ALTER TABLE "users" DROP COLUMN "external_subject"`);
  }
}
