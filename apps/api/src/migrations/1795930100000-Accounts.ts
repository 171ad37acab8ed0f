import type { MigrationInterface, QueryRunner } from 'typeorm';
import { SessionLookup1795920000200 } from './1795920000200-SessionLookup';

/**
 * One person, one account (issue 11). `accounts` is global (the e-mail address identifies a person and holds
 * the password); `users` becomes the membership of an account in one gemeente (tenant-owned, under RLS as
 * before). Existing users become accounts: one per distinct e-mail address, keeping the password of the
 * most recently changed membership (before this migration the same address could exist in two gemeenten
 * with different passwords; the other passwords stop working).
 *
 * Who may touch `accounts`:
 * - wk_auth (sign-in, sessions, own password change, switching gemeente): select, insert, update.
 * - wk_app and wk_platform: nothing directly; only through the SECURITY DEFINER functions below, each of
 *   which acts only on accounts that are a member of the transaction's tenant (app.tenant_id) and refuses
 *   accounts that are also a member of another gemeente (a beheerder may not take over someone's access to
 *   another gemeente).
 * Temporary passwords expire on the database's real time (now()), like sessions, not on the product clock.
 *
 * Also: `tenants.active` (the operator deactivates a gemeente; its members cannot sign in and their
 * sessions end) and the operator may update a tenant's name, code and active flag.
 */
export class Accounts1795930100000 implements MigrationInterface {
  name = 'Accounts1795930100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "accounts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "password_hash" text NOT NULL, "must_change_password" boolean NOT NULL DEFAULT false, "temporary_password_expires_at" TIMESTAMP WITH TIME ZONE, "password_changed_at" TIMESTAMP WITH TIME ZONE, "last_tenant_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_5a7a02c20412299d198e097a8fe" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "uq_accounts_email" ON "accounts"  ("email") `);
    await q.query(`ALTER TABLE "tenants" ADD "active" boolean NOT NULL DEFAULT true`);
    await q.query(`ALTER TABLE "users" ADD "account_id" uuid`);
    // Existing users → accounts (owner, outside RLS: migrations run as the table owner).
    await q.query(`ALTER TABLE "users" NO FORCE ROW LEVEL SECURITY`);
    await q.query(`INSERT INTO accounts (email, password_hash, created_at, version)
      SELECT DISTINCT ON (email) email, password_hash, created_at, 1 FROM users ORDER BY email, updated_at DESC`);
    await q.query(`UPDATE users u SET account_id = a.id FROM accounts a WHERE a.email = u.email`);
    await q.query(`ALTER TABLE "users" FORCE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE "users" ALTER COLUMN "account_id" SET NOT NULL`);
    await q.query(`ALTER TABLE "users" DROP COLUMN "password_hash"`);
    await q.query(`ALTER TABLE "users" ADD CONSTRAINT "uq_users_tenant_account" UNIQUE ("tenant_id", "account_id")`);
    await q.query(
      `ALTER TABLE "accounts" ADD CONSTRAINT "FK_033e741c04c14d56cc1a0563c72" FOREIGN KEY ("last_tenant_id") REFERENCES "tenants"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "users" ADD CONSTRAINT "FK_17a709b8b6146c491e6615c29d7" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    // accounts: the auth layer only. RLS enabled (not forced: the definer functions run as the owner).
    await q.query(`GRANT SELECT, INSERT, UPDATE ON accounts TO wk_auth`);
    await q.query(`ALTER TABLE accounts ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY accounts_auth ON accounts TO wk_auth USING (true) WITH CHECK (true)`);
    // Switching gemeente remembers the choice; sign-in reads memberships of all gemeenten (users_signin).
    // The operator edits and (de)activates a gemeente.
    await q.query(`GRANT UPDATE (name, cbs_code, active, version) ON tenants TO wk_platform`);
    await q.query(`CREATE POLICY tenants_platform_update ON tenants FOR UPDATE TO wk_platform USING (true) WITH CHECK (true)`);

    const definer = `SECURITY DEFINER SET search_path = public, pg_temp`;
    // An account for this address: the existing one (created = false, nothing changed), or a new one with
    // this password hash (temporary when p_ttl_hours is given). No hash and no account: null.
    await q.query(`CREATE FUNCTION wk_account_ensure(p_email text, p_hash text, p_ttl_hours integer)
      RETURNS TABLE (account_id uuid, created boolean, expires_at timestamptz) LANGUAGE plpgsql ${definer} AS $$
      DECLARE v_id uuid; v_expires timestamptz;
      BEGIN
        IF wk_current_tenant() IS NULL THEN RAISE EXCEPTION 'wk_account_ensure: no tenant set'; END IF;
        SELECT a.id INTO v_id FROM accounts a WHERE a.email = p_email;
        IF v_id IS NOT NULL OR p_hash IS NULL THEN
          RETURN QUERY SELECT v_id, false, NULL::timestamptz; RETURN;
        END IF;
        v_expires := CASE WHEN p_ttl_hours IS NOT NULL THEN now() + make_interval(hours => p_ttl_hours) END;
        INSERT INTO accounts (email, password_hash, must_change_password, temporary_password_expires_at, version)
        VALUES (p_email, p_hash, p_ttl_hours IS NOT NULL, v_expires, 1)
        ON CONFLICT (email) DO NOTHING RETURNING id INTO v_id;
        IF v_id IS NULL THEN
          SELECT a.id INTO v_id FROM accounts a WHERE a.email = p_email;
          RETURN QUERY SELECT v_id, false, NULL::timestamptz; RETURN;
        END IF;
        RETURN QUERY SELECT v_id, true, v_expires;
      END $$`);
    // Account facts of the current tenant's members (for the user list): temporary password, shared account.
    await q.query(`CREATE FUNCTION wk_member_accounts()
      RETURNS TABLE (user_id uuid, must_change_password boolean, temporary_password_expires_at timestamptz, other_memberships integer)
      LANGUAGE sql STABLE ${definer} AS $$
        SELECT u.id, a.must_change_password, a.temporary_password_expires_at,
               (SELECT count(*)::int FROM users o WHERE o.account_id = a.id AND o.tenant_id <> u.tenant_id)
          FROM users u JOIN accounts a ON a.id = u.account_id
         WHERE u.tenant_id = wk_current_tenant()
      $$`);
    // A beheerder's temporary password for a member of the current tenant: 'ok', 'not_found' or 'shared'.
    // Ends every session of the account.
    await q.query(`CREATE FUNCTION wk_member_set_temporary_password(p_user_id uuid, p_hash text, p_ttl_hours integer)
      RETURNS TABLE (result text, expires_at timestamptz) LANGUAGE plpgsql ${definer} AS $$
      DECLARE v_account uuid; v_expires timestamptz;
      BEGIN
        SELECT u.account_id INTO v_account FROM users u WHERE u.id = p_user_id AND u.tenant_id = wk_current_tenant();
        IF v_account IS NULL THEN RETURN QUERY SELECT 'not_found'::text, NULL::timestamptz; RETURN; END IF;
        IF EXISTS (SELECT 1 FROM users o WHERE o.account_id = v_account AND o.tenant_id <> wk_current_tenant()) THEN
          RETURN QUERY SELECT 'shared'::text, NULL::timestamptz; RETURN;
        END IF;
        v_expires := now() + make_interval(hours => p_ttl_hours);
        UPDATE accounts SET password_hash = p_hash, must_change_password = true, temporary_password_expires_at = v_expires,
               updated_at = now(), version = version + 1
         WHERE id = v_account;
        UPDATE sessions SET revoked_at = now()
         WHERE revoked_at IS NULL AND user_id IN (SELECT o.id FROM users o WHERE o.account_id = v_account);
        RETURN QUERY SELECT 'ok'::text, v_expires;
      END $$`);
    // A beheerder corrects a member's e-mail address: 'ok', 'not_found', 'shared' or 'taken'.
    await q.query(`CREATE FUNCTION wk_member_set_email(p_user_id uuid, p_email text)
      RETURNS text LANGUAGE plpgsql ${definer} AS $$
      DECLARE v_account uuid;
      BEGIN
        SELECT u.account_id INTO v_account FROM users u WHERE u.id = p_user_id AND u.tenant_id = wk_current_tenant();
        IF v_account IS NULL THEN RETURN 'not_found'; END IF;
        IF EXISTS (SELECT 1 FROM accounts a WHERE a.email = p_email AND a.id <> v_account) THEN RETURN 'taken'; END IF;
        IF EXISTS (SELECT 1 FROM users o WHERE o.account_id = v_account AND o.tenant_id <> wk_current_tenant()) THEN
          RETURN 'shared';
        END IF;
        UPDATE accounts SET email = p_email, updated_at = now(), version = version + 1 WHERE id = v_account;
        RETURN 'ok';
      END $$`);
    // The signed-in member changes the own password: compare-and-set on the hash that was verified. Clears a
    // temporary password and ends the account's other sessions (every gemeente). True when changed.
    await q.query(`CREATE FUNCTION wk_member_change_password(p_user_id uuid, p_old_hash text, p_new_hash text, p_keep_session text)
      RETURNS boolean LANGUAGE plpgsql ${definer} AS $$
      DECLARE v_account uuid;
      BEGIN
        SELECT u.account_id INTO v_account FROM users u WHERE u.id = p_user_id AND u.tenant_id = wk_current_tenant();
        IF v_account IS NULL THEN RETURN false; END IF;
        UPDATE accounts SET password_hash = p_new_hash, must_change_password = false, temporary_password_expires_at = NULL,
               password_changed_at = now(), updated_at = now(), version = version + 1
         WHERE id = v_account AND password_hash = p_old_hash;
        IF NOT FOUND THEN RETURN false; END IF;
        UPDATE sessions SET revoked_at = now()
         WHERE revoked_at IS NULL AND id <> p_keep_session
           AND user_id IN (SELECT o.id FROM users o WHERE o.account_id = v_account);
        RETURN true;
      END $$`);
    for (const fn of [
      'wk_account_ensure(text, text, integer)',
      'wk_member_accounts()',
      'wk_member_set_temporary_password(uuid, text, integer)',
      'wk_member_set_email(uuid, text)',
      'wk_member_change_password(uuid, text, text, text)',
    ]) {
      await q.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await q.query(`GRANT EXECUTE ON FUNCTION ${fn} TO wk_app`);
    }

    // The session lookup also answers whether the password must be changed, and ends with the gemeente.
    await q.query(`DROP FUNCTION wk_session_lookup(text)`);
    await q.query(`CREATE FUNCTION wk_session_lookup(p_id text)
      RETURNS TABLE (id text, tenant_id uuid, user_id uuid, operator_id uuid, csrf_token text,
                     last_seen_at timestamptz, expires_at timestamptz, revoked_at timestamptz,
                     email text, name text, role text, tenant_name text, slug text, cbs_code text, theme jsonb,
                     data_version text, org_unit_ids json, account_id uuid, must_change_password boolean)
      LANGUAGE plpgsql STABLE AS $$
      #variable_conflict use_column
      BEGIN
        RETURN QUERY
        SELECT s.id::text, s.tenant_id, s.user_id, s.operator_id, s.csrf_token::text,
               s.last_seen_at, s.expires_at, s.revoked_at,
               u.email::text, u.name::text, u.role::text, t.name::text, t.slug::text, t.cbs_code::text, t.theme,
               CASE WHEN t.id IS NOT NULL THEN coalesce(v.version, 0)::text END,
               CASE WHEN u.id IS NOT NULL THEN coalesce((SELECT json_agg(o.org_unit_id ORDER BY o.org_unit_id)
                                                           FROM org_unit_members o
                                                          WHERE o.tenant_id = u.tenant_id AND o.user_id = u.id), '[]'::json) END,
               a.id, a.must_change_password
          FROM sessions s
          LEFT JOIN (users u JOIN tenants t ON t.id = u.tenant_id AND t.active)
                 ON u.tenant_id = s.tenant_id AND u.id = s.user_id AND u.active
          LEFT JOIN accounts a ON a.id = u.account_id
          LEFT JOIN tenant_data_versions v ON v.tenant_id = t.id
         WHERE s.id = p_id;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const fn of [
      'wk_account_ensure(text, text, integer)',
      'wk_member_accounts()',
      'wk_member_set_temporary_password(uuid, text, integer)',
      'wk_member_set_email(uuid, text)',
      'wk_member_change_password(uuid, text, text, text)',
      'wk_session_lookup(text)',
    ])
      await q.query(`DROP FUNCTION IF EXISTS ${fn}`);
    await q.query(`DROP POLICY IF EXISTS tenants_platform_update ON tenants`);
    await q.query(`REVOKE UPDATE (name, cbs_code, active, version) ON tenants FROM wk_platform`);
    await q.query(`ALTER TABLE "users" ADD "password_hash" text`);
    await q.query(`ALTER TABLE "users" NO FORCE ROW LEVEL SECURITY`);
    await q.query(`UPDATE users u SET password_hash = a.password_hash FROM accounts a WHERE a.id = u.account_id`);
    await q.query(`ALTER TABLE "users" FORCE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE "users" ALTER COLUMN "password_hash" SET NOT NULL`);
    await q.query(`ALTER TABLE "users" DROP CONSTRAINT "FK_17a709b8b6146c491e6615c29d7"`);
    await q.query(`ALTER TABLE "users" DROP CONSTRAINT "uq_users_tenant_account"`);
    await q.query(`ALTER TABLE "users" DROP COLUMN "account_id"`);
    await q.query(`ALTER TABLE "tenants" DROP COLUMN "active"`);
    await q.query(`DROP TABLE "accounts"`);
    await new SessionLookup1795920000200().up(q);
  }
}
