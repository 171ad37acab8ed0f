import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Derived, tenant-owned tables kept up to date by the database itself (triggers), under FORCE row-level security. */
export const SUMMARY_TABLES = ['progress_action_years'] as const;

/**
 * The figures of one action in one year, from the updates that count (the latest per period): which periods
 * are reported (bit q-1 for quarter q, bit 4 for the year as a whole), the latest period's status, percent and
 * time, and the spending of the year. `e` is the set of counting updates, grouped by action and year.
 */
export const YEAR_FIGURES = `
  bit_or(CASE WHEN e.quarter IS NULL THEN 16 ELSE 1 << (e.quarter - 1) END)::smallint AS reported,
  (array_agg(e.quarter ORDER BY coalesce(e.quarter, 5) DESC))[1] AS last_quarter,
  (array_agg(e.status ORDER BY coalesce(e.quarter, 5) DESC))[1] AS status,
  (array_agg(e.percent_complete ORDER BY coalesce(e.quarter, 5) DESC))[1] AS percent_complete,
  (array_agg(e.created_at ORDER BY coalesce(e.quarter, 5) DESC))[1] AS last_created_at,
  sum(e.spent_cents)::bigint AS spent_cents`;

/** The latest update per action and period (a correction replaces the figures of its period). */
export const COUNTING = (where: string) => `
  SELECT DISTINCT ON (u.lineage_id, u.action_key, u.year, u.quarter)
         u.tenant_id, u.lineage_id, u.action_key, u.year, u.quarter, u.status, u.percent_complete, u.spent_cents, u.created_at
    FROM progress_updates u
   WHERE ${where}
   ORDER BY u.lineage_id, u.action_key, u.year, u.quarter, u.created_at DESC, u.id DESC`;

export const UPSERT_COLUMNS = `tenant_id, lineage_id, action_key, year, reported, last_quarter, status, percent_complete, last_created_at, spent_cents`;
export const UPSERT_SET = `reported = EXCLUDED.reported, last_quarter = EXCLUDED.last_quarter, status = EXCLUDED.status,
  percent_complete = EXCLUDED.percent_complete, last_created_at = EXCLUDED.last_created_at, spent_cents = EXCLUDED.spent_cents`;

/**
 * Progress per action and year, maintained in the same transaction as every progress update (trigger). The
 * views read one narrow row per action and year (≈ 10 per action) instead of every update of every quarter,
 * and no longer sort out corrections on each request: a dashboard's cost follows the plan's size only.
 *
 * Concurrency: the trigger first takes the row lock of the (action, year) summary, then computes it with a new
 * snapshot (READ COMMITTED), so two concurrent updates of one action and year cannot overwrite each other's
 * figures with a stale count.
 */
export class ProgressSummaries1795920000000 implements MigrationInterface {
  name = 'ProgressSummaries1795920000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "progress_action_years" (
      "tenant_id" uuid NOT NULL,
      "lineage_id" uuid NOT NULL,
      "action_key" uuid NOT NULL,
      "year" smallint NOT NULL,
      "reported" smallint NOT NULL,
      "last_quarter" smallint,
      "status" character varying(12) NOT NULL,
      "percent_complete" smallint NOT NULL,
      "last_created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "spent_cents" bigint NOT NULL,
      CONSTRAINT "CHK_progress_action_years_reported" CHECK (reported BETWEEN 1 AND 31),
      CONSTRAINT "CHK_progress_action_years_last_quarter" CHECK (last_quarter IS NULL OR last_quarter BETWEEN 1 AND 4),
      CONSTRAINT "PK_progress_action_years" PRIMARY KEY ("tenant_id", "lineage_id", "action_key", "year"))`);

    await q.query(`CREATE FUNCTION wk_progress_year_refresh(p_tenant uuid, p_lineage uuid, p_key uuid, p_year smallint)
      RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        -- Take the summary row's lock first (creating the row if needed), then count with a fresh snapshot.
        INSERT INTO progress_action_years (${UPSERT_COLUMNS})
        VALUES (p_tenant, p_lineage, p_key, p_year, 16, NULL, 'not_started', 0, now(), 0)
        ON CONFLICT DO NOTHING;
        PERFORM 1 FROM progress_action_years
          WHERE tenant_id = p_tenant AND lineage_id = p_lineage AND action_key = p_key AND year = p_year FOR UPDATE;
        INSERT INTO progress_action_years (${UPSERT_COLUMNS})
        SELECT p_tenant, p_lineage, p_key, p_year, ${YEAR_FIGURES}
          FROM (${COUNTING('u.tenant_id = p_tenant AND u.lineage_id = p_lineage AND u.action_key = p_key AND u.year = p_year')}) e
        ON CONFLICT (tenant_id, lineage_id, action_key, year) DO UPDATE SET ${UPSERT_SET};
      END $$`);

    await q.query(`CREATE FUNCTION wk_progress_updates_summarise() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM wk_progress_year_refresh(NEW.tenant_id, NEW.lineage_id, NEW.action_key, NEW.year);
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER progress_updates_summarise AFTER INSERT ON progress_updates
      FOR EACH ROW EXECUTE FUNCTION wk_progress_updates_summarise()`);

    // Rebuilds one tenant's summaries from its updates (backfill; bulk loads that disable the trigger).
    await q.query(`CREATE FUNCTION wk_progress_years_rebuild(p_tenant uuid) RETURNS void LANGUAGE sql AS $$
      INSERT INTO progress_action_years (${UPSERT_COLUMNS})
      SELECT e.tenant_id, e.lineage_id, e.action_key, e.year, ${YEAR_FIGURES}
        FROM (${COUNTING('u.tenant_id = p_tenant')}) e
       GROUP BY e.tenant_id, e.lineage_id, e.action_key, e.year
      ON CONFLICT (tenant_id, lineage_id, action_key, year) DO UPDATE SET ${UPSERT_SET} $$`);

    // Derived data: the application reads it and its trigger writes it; nobody deletes from it.
    await q.query(`GRANT SELECT, INSERT, UPDATE ON progress_action_years TO wk_app`);
    await q.query(`ALTER TABLE progress_action_years ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE progress_action_years FORCE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY progress_action_years_tenant ON progress_action_years TO wk_app
      USING (tenant_id = wk_current_tenant()) WITH CHECK (tenant_id = wk_current_tenant())`);

    // Backfill, one tenant at a time under its own scope (the login role need not bypass row-level security).
    await q.query(`SET LOCAL ROLE wk_platform`);
    const tenants: { id: string }[] = await q.query(`SELECT id FROM tenants`);
    await q.query(`SET LOCAL ROLE wk_app`);
    for (const { id } of tenants) {
      await q.query(`SELECT set_config('app.tenant_id', $1, true)`, [id]);
      await q.query(`SELECT wk_progress_years_rebuild($1)`, [id]);
    }
    await q.query(`RESET ROLE`);
    await q.query(`SELECT set_config('app.tenant_id', '', true)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS progress_updates_summarise ON progress_updates`);
    await q.query(`DROP FUNCTION IF EXISTS wk_progress_updates_summarise()`);
    await q.query(`DROP FUNCTION IF EXISTS wk_progress_years_rebuild(uuid)`);
    await q.query(`DROP FUNCTION IF EXISTS wk_progress_year_refresh(uuid, uuid, uuid, smallint)`);
    await q.query(`DROP TABLE IF EXISTS "progress_action_years"`);
  }
}
