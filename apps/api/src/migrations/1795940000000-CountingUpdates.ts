import type { MigrationInterface, QueryRunner } from 'typeorm';
import { COUNTING, UPSERT_COLUMNS, UPSERT_SET, YEAR_FIGURES } from './1795920000000-ProgressSummaries';

/**
 * The rule "the latest update of a period counts" (a correction replaces the figures of its period), written
 * once: the view `progress_counting_updates`. The database's summaries per action and year and the API's
 * timeline (`current`) both read it. `security_invoker`: the caller's row-level security applies, as on
 * `progress_updates` itself. Filters on the tenant, lineage, action key and year reach into the view (they
 * are its DISTINCT ON columns), so it costs what the query it replaces cost.
 */
export class CountingUpdates1795940000000 implements MigrationInterface {
  name = 'CountingUpdates1795940000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE VIEW progress_counting_updates WITH (security_invoker = true) AS
      SELECT DISTINCT ON (u.tenant_id, u.lineage_id, u.action_key, u.year, u.quarter) u.*
        FROM progress_updates u
       ORDER BY u.tenant_id, u.lineage_id, u.action_key, u.year, u.quarter, u.created_at DESC, u.id DESC`);
    await q.query(`GRANT SELECT ON progress_counting_updates TO wk_app`);
    await this.functions(q, (where) => `SELECT * FROM progress_counting_updates u WHERE ${where}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await this.functions(q, COUNTING);
    await q.query(`DROP VIEW IF EXISTS progress_counting_updates`);
  }

  /** The summary functions of ProgressSummaries1795920000000, reading the counting updates from `counting`. */
  private async functions(q: QueryRunner, counting: (where: string) => string): Promise<void> {
    await q.query(`CREATE OR REPLACE FUNCTION wk_progress_year_refresh(p_tenant uuid, p_lineage uuid, p_key uuid, p_year smallint)
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
          FROM (${counting('u.tenant_id = p_tenant AND u.lineage_id = p_lineage AND u.action_key = p_key AND u.year = p_year')}) e
        ON CONFLICT (tenant_id, lineage_id, action_key, year) DO UPDATE SET ${UPSERT_SET};
      END $$`);
    await q.query(`CREATE OR REPLACE FUNCTION wk_progress_years_rebuild(p_tenant uuid) RETURNS void LANGUAGE sql AS $$
      INSERT INTO progress_action_years (${UPSERT_COLUMNS})
      SELECT e.tenant_id, e.lineage_id, e.action_key, e.year, ${YEAR_FIGURES}
        FROM (${counting('u.tenant_id = p_tenant')}) e
       GROUP BY e.tenant_id, e.lineage_id, e.action_key, e.year
      ON CONFLICT (tenant_id, lineage_id, action_key, year) DO UPDATE SET ${UPSERT_SET} $$`);
  }
}
