import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The session lookup that runs on every request, as a PL/pgSQL function: PostgreSQL keeps its query plan per
 * connection instead of planning the five-table query each time. It runs with the caller's rights (the API
 * calls it as wk_auth, whose policies allow reading sessions, users, memberships, tenants and data versions).
 */
export class SessionLookup1795920000200 implements MigrationInterface {
  name = 'SessionLookup1795920000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION wk_session_lookup(p_id text)
      RETURNS TABLE (id text, tenant_id uuid, user_id uuid, operator_id uuid, csrf_token text,
                     last_seen_at timestamptz, expires_at timestamptz, revoked_at timestamptz,
                     email text, name text, role text, tenant_name text, slug text, cbs_code text, theme jsonb,
                     data_version text, org_unit_ids json)
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
                                                          WHERE o.tenant_id = u.tenant_id AND o.user_id = u.id), '[]'::json) END
          FROM sessions s
          LEFT JOIN users u ON u.tenant_id = s.tenant_id AND u.id = s.user_id AND u.active
          LEFT JOIN tenants t ON t.id = u.tenant_id
          LEFT JOIN tenant_data_versions v ON v.tenant_id = t.id
         WHERE s.id = p_id;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION IF EXISTS wk_session_lookup(text)`);
  }
}
