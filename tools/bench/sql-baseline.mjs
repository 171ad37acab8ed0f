// The same aggregations as the API's dashboard, tenant overview and "mijn acties", each as ONE hand-written
// SQL query. They run exactly as the API's queries do: in a transaction as `wk_app` with `app.tenant_id` set, so
// row-level security applies. They follow the rules of ProgressReader/ProgressService and @wk/util (the latest
// update per action and period counts; roll-up weights = planned budget, an unbudgeted action weighs the
// average of the budgeted ones; cancelled actions do not count in progress or status shares; status thresholds
// 25 %), for quarterly plans (the benchmark's plans are all quarterly).

/** Columns of one weighted roll-up over rows with `weight`, `status`, `reported`, `eff_pct`, `planned`, `spent`. */
const ROLLUP = `
  count(*)::int AS actions,
  (count(*) FILTER (WHERE reported))::int AS reported,
  sum(planned)::float8 AS planned_cents,
  sum(spent)::float8 AS spent_cents,
  coalesce(round((sum(weight * eff_pct) FILTER (WHERE status <> 'cancelled') * 10
                  / nullif(sum(weight) FILTER (WHERE status <> 'cancelled'), 0))::numeric) / 10, 0)::float8 AS progress,
  CASE WHEN count(*) FILTER (WHERE reported) = 0 OR count(*) FILTER (WHERE status <> 'cancelled') = 0 THEN 'no_data'
       WHEN bool_and(status = 'completed') FILTER (WHERE status <> 'cancelled') THEN 'completed'
       WHEN coalesce(sum(weight) FILTER (WHERE status = 'delayed'), 0)
            >= 0.25 * sum(weight) FILTER (WHERE status <> 'cancelled') * (1 - 1e-12) THEN 'delayed'
       WHEN coalesce(sum(weight) FILTER (WHERE status IN ('delayed', 'at_risk')), 0)
            >= 0.25 * sum(weight) FILTER (WHERE status <> 'cancelled') * (1 - 1e-12) THEN 'at_risk'
       ELSE 'on_track' END AS status,
  json_build_object('not_started', count(*) FILTER (WHERE status = 'not_started'), 'on_track', count(*) FILTER (WHERE status = 'on_track'),
                     'at_risk', count(*) FILTER (WHERE status = 'at_risk'), 'delayed', count(*) FILTER (WHERE status = 'delayed'),
                     'completed', count(*) FILTER (WHERE status = 'completed'), 'cancelled', count(*) FILTER (WHERE status = 'cancelled')) AS by_status`;

/** The planned budget of an action (correlated, as in the API). */
const PLANNED = `coalesce((SELECT sum(b.amount_cents) FROM plan_action_budgets b WHERE b.tenant_id = a.tenant_id AND b.action_id = a.id), 0)::float8`;

/**
 * The quarters (index year*4 + quarter-1) to report as of $3: from `from` up to the last quarter whose last
 * month has begun; per quarter its deadline (end of the month after the quarter) and whether it was reported.
 */
const PERIODS = (from, to, reported) => `generate_series(${from}, least(${to},
      extract(year FROM $3::date)::int * 4 + extract(month FROM $3::date)::int / 3 - 1)) qi
    CROSS JOIN LATERAL (SELECT qi / 4 AS year, qi % 4 + 1 AS quarter,
      make_date(qi / 4 + (qi % 4 = 3)::int, (ARRAY[4, 7, 10, 1])[qi % 4 + 1], (ARRAY[30, 31, 31, 31])[qi % 4 + 1]) AS deadline,
      coalesce(qi = ANY(${reported}), false) AS reported) d`;

/**
 * Progress of the actions in CTE `a` (columns id, key, lineage_id, plan_id, planned, block, pillar), read as the
 * API reads it: from the per-action-per-year summaries the database keeps (progress_action_years, maintained by a
 * trigger on every update). `w`/`wx` = the actions with the spent total, the quarters reported (from the bit
 * masks), the latest update, their roll-up inputs and plan-wide weights. Materialized once, so that the planner's
 * row estimates (low for tenant-scoped CTEs) cannot make it re-evaluate them per row.
 */
const EFFECTIVE = `
  w AS MATERIALIZED (
    SELECT a.*, coalesce(l.status, 'not_started') AS status, coalesce(l.pct, 0) AS pct, l.last_year IS NOT NULL AS reported,
           l.last_year, l.last_quarter, l.last_created_at, l.reported_qi, coalesce(l.spent, 0) AS spent,
           CASE WHEN a.planned > 0 THEN a.planned
                ELSE coalesce(avg(a.planned) FILTER (WHERE a.planned > 0) OVER (PARTITION BY a.plan_id), 1) END AS weight
      FROM a LEFT JOIN LATERAL (
        -- one pass over the action's years × the four quarters (index range of the summary's primary key): the
        -- reported quarters from the bit masks, the other figures from one row per year (q = 0)
        SELECT array_agg(y.year * 4 + q) FILTER (WHERE y.reported & (1 << q) <> 0) AS reported_qi,
               (sum(y.spent_cents) FILTER (WHERE q = 0))::float8 AS spent,
               (array_agg(y.status ORDER BY y.year DESC) FILTER (WHERE q = 0))[1] AS status,
               (array_agg(y.percent_complete ORDER BY y.year DESC) FILTER (WHERE q = 0))[1] AS pct,
               max(y.year) AS last_year,
               (array_agg(y.last_quarter ORDER BY y.year DESC) FILTER (WHERE q = 0))[1] AS last_quarter,
               (array_agg(y.last_created_at ORDER BY y.year DESC) FILTER (WHERE q = 0))[1] AS last_created_at
          FROM progress_action_years y CROSS JOIN generate_series(0, 3) q
         WHERE y.tenant_id = $1 AND y.lineage_id = a.lineage_id AND y.action_key = a.key) l ON true),
  wx AS (
    SELECT w.*, CASE WHEN NOT reported THEN 0 WHEN status = 'completed' THEN 100 ELSE least(100, greatest(0, pct)) END AS eff_pct FROM w)`;

/** $1 tenant, $2 plan, $3 as-of date. One row, column `result` (json). */
export const DASHBOARD_SQL = `
WITH p AS (
    SELECT id, title, revision, status, start_year::int, end_year::int, cadence, demo, lineage_id FROM plans WHERE tenant_id = $1 AND id = $2),
  a AS MATERIALIZED (
    SELECT a.id, a.key, a.title, a.plan_id, p.lineage_id, a.lead_unit_id, g.block, g.pillar,
           a.start_year * 4 + a.start_quarter - 1 AS sq, a.end_year * 4 + a.end_quarter - 1 AS eq, ${PLANNED} AS planned
      FROM plan_actions a
      JOIN p ON true
      JOIN plan_goals g ON g.tenant_id = a.tenant_id AND g.id = a.goal_id
     WHERE a.tenant_id = $1 AND a.plan_id = $2),
  ${EFFECTIVE},
  ys AS MATERIALIZED (
    SELECT y.action_key, y.year, y.status, y.percent_complete, y.spent_cents
      FROM a JOIN progress_action_years y ON y.tenant_id = $1 AND y.lineage_id = a.lineage_id AND y.action_key = a.key),
  roll AS (SELECT grouping(block, pillar) AS gr, block, pillar, ${ROLLUP} FROM wx GROUP BY GROUPING SETS ((), (block), (block, pillar))),
  ye AS MATERIALIZED (
    SELECT action_key, array_agg(year ORDER BY year) AS years, array_agg(status ORDER BY year) AS statuses,
           array_agg(percent_complete ORDER BY year) AS pcts
      FROM ys GROUP BY action_key),
  cy AS (
    SELECT y.year, w.block, w.pillar, w.weight, c.status, c.percent_complete
      FROM p, generate_series(p.start_year, least(p.end_year, extract(year FROM $3::date)::int)) y(year)
      CROSS JOIN w
      LEFT JOIN ye ON ye.action_key = w.key
      LEFT JOIN LATERAL (SELECT x.status, x.percent_complete FROM unnest(ye.years, ye.statuses, ye.pcts) x(year, status, percent_complete)
                          WHERE x.year <= y.year ORDER BY x.year DESC LIMIT 1) c ON true),
  course AS (
    SELECT grouping(block, pillar) AS gr, year, block, pillar,
           coalesce(round((sum(weight * CASE WHEN status IS NULL THEN 0 WHEN status = 'completed' THEN 100 ELSE least(100, greatest(0, percent_complete)) END)
                           FILTER (WHERE status IS DISTINCT FROM 'cancelled') * 10
                           / nullif(sum(weight) FILTER (WHERE status IS DISTINCT FROM 'cancelled'), 0))::numeric) / 10, 0)::float8 AS progress
      FROM cy GROUP BY GROUPING SETS ((year, block), (year, block, pillar))),
  budget AS (
    SELECT y.year, coalesce(bp.planned, 0)::float8 AS planned_cents, coalesce(bs.spent, 0)::float8 AS spent_cents
      FROM p, generate_series(p.start_year, p.end_year) y(year)
      LEFT JOIN (SELECT b.year, sum(b.amount_cents) AS planned FROM plan_action_budgets b JOIN a ON a.id = b.action_id
                  WHERE b.tenant_id = $1 GROUP BY b.year) bp ON bp.year = y.year
      LEFT JOIN (SELECT year, sum(spent_cents) AS spent FROM ys GROUP BY year) bs ON bs.year = y.year),
  od AS (
    SELECT w.id, w.title, w.lead_unit_id, d.year, d.quarter, d.deadline
      FROM w CROSS JOIN LATERAL ${PERIODS('w.sq', 'w.eq', 'w.reported_qi')}
     WHERE d.deadline < $3::date AND NOT d.reported)
SELECT json_build_object(
  'plan', (SELECT row_to_json(p) FROM p),
  'wijken', (SELECT coalesce(json_agg(json_build_object('id', wk.id, 'name', wk.name) ORDER BY pw.position, wk.name), '[]'::json)
               FROM plan_wijken pw JOIN wijken wk ON wk.tenant_id = pw.tenant_id AND wk.id = pw.wijk_id
              WHERE pw.tenant_id = $1 AND pw.plan_id = $2),
  'rollups', (SELECT json_agg(row_to_json(r) ORDER BY r.gr DESC, r.block, r.pillar) FROM roll r WHERE r.gr <> 0 OR r.block = 'B4'),
  'budget', (SELECT json_agg(row_to_json(b) ORDER BY b.year) FROM budget b),
  'course', (SELECT json_agg(row_to_json(c) ORDER BY c.block, c.pillar NULLS FIRST, c.year) FROM course c WHERE c.gr = 1 OR c.block = 'B4'),
  'overdue', (SELECT coalesce(json_agg(json_build_object('actionId', od.id, 'title', od.title, 'leadUnit', o.name, 'year', od.year,
                                                             'quarter', od.quarter, 'deadline', od.deadline) ORDER BY od.deadline, od.title), '[]'::json)
                FROM od LEFT JOIN org_units o ON o.tenant_id = $1 AND o.id = od.lead_unit_id),
  'closed', (SELECT coalesce(json_agg(json_build_object('year', c.year, 'quarter', c.quarter, 'closedAt', c.closed_at, 'closedBy', us.name)
                                       ORDER BY c.year, c.quarter NULLS LAST), '[]'::json)
               FROM plan_closed_periods c LEFT JOIN users us ON us.tenant_id = c.tenant_id AND us.id = c.closed_by
              WHERE c.tenant_id = $1 AND c.lineage_id = (SELECT lineage_id FROM p))
) AS result`;

/** $1 tenant, $2 as-of date (unused by the overview's figures, kept for symmetry). One row, column `result`. */
export const OVERVIEW_SQL = `
WITH pairs AS (
    SELECT wk.id AS wijk_id, wk.name AS wijk_name, p.id AS plan_id, p.title, p.status, p.revision, p.demo
      FROM wijken wk
      LEFT JOIN LATERAL (
        SELECT p.* FROM plan_wijken pw JOIN plans p ON p.tenant_id = pw.tenant_id AND p.id = pw.plan_id
         WHERE pw.tenant_id = wk.tenant_id AND pw.wijk_id = wk.id AND p.status <> 'archived'
         ORDER BY (p.status = 'adopted') DESC, p.updated_at DESC LIMIT 1) p ON true
     WHERE wk.tenant_id = $1),
  a AS MATERIALIZED (
    SELECT a.id, a.key, a.plan_id, pl.lineage_id, g.block, g.pillar, ${PLANNED} AS planned
      FROM plan_actions a
      JOIN plans pl ON pl.tenant_id = a.tenant_id AND pl.id = a.plan_id
      JOIN plan_goals g ON g.tenant_id = a.tenant_id AND g.id = a.goal_id
     WHERE a.tenant_id = $1 AND a.plan_id IN (SELECT plan_id FROM pairs WHERE plan_id IS NOT NULL) AND $2::date IS NOT NULL),
  ${EFFECTIVE},
  roll AS (SELECT plan_id, grouping(block, pillar) AS gr, block, pillar, ${ROLLUP}
             FROM wx GROUP BY GROUPING SETS ((plan_id), (plan_id, block), (plan_id, block, pillar))),
  per_plan AS MATERIALIZED (
    SELECT plan_id, json_agg(row_to_json(r) ORDER BY r.gr DESC, r.block, r.pillar) AS rollups
      FROM roll r WHERE r.gr <> 0 OR r.block = 'B4' GROUP BY plan_id)
SELECT json_build_object('rows', coalesce(json_agg(json_build_object(
    'wijk', json_build_object('id', pr.wijk_id, 'name', pr.wijk_name),
    'plan', CASE WHEN pr.plan_id IS NULL THEN NULL
                 ELSE json_build_object('id', pr.plan_id, 'title', pr.title, 'status', pr.status, 'revision', pr.revision, 'demo', pr.demo) END,
    'rollups', pp.rollups
  ) ORDER BY pr.wijk_name), '[]'::json)) AS result
  FROM pairs pr LEFT JOIN per_plan pp ON pp.plan_id = pr.plan_id`;

/** $1 tenant, $2 the user's org unit ids (uuid[]), $3 as-of date. One row, column `result`. */
export const MY_ACTIONS_SQL = `
WITH a AS MATERIALIZED (
    SELECT a.id, a.key, a.title, a.plan_id, p.title AS plan_title, p.lineage_id, g.block, g.pillar, g.statement,
           a.lead_unit_id, o.name AS lead_name, o.kind AS lead_kind, a.start_year, a.start_quarter, a.end_year, a.end_quarter,
           a.start_year * 4 + a.start_quarter - 1 AS sq, a.end_year * 4 + a.end_quarter - 1 AS eq, ${PLANNED} AS planned,
           p.title AS sort_title, g.position AS goal_position, a.position
      FROM plan_actions a
      JOIN plans p ON p.tenant_id = a.tenant_id AND p.id = a.plan_id
      JOIN plan_goals g ON g.tenant_id = a.tenant_id AND g.id = a.goal_id
      LEFT JOIN org_units o ON o.tenant_id = a.tenant_id AND o.id = a.lead_unit_id
     WHERE a.tenant_id = $1 AND p.status = 'adopted'
       AND (a.lead_unit_id = ANY($2::uuid[]) OR EXISTS (
            SELECT 1 FROM plan_action_units u WHERE u.tenant_id = a.tenant_id AND u.action_id = a.id AND u.org_unit_id = ANY($2::uuid[])))),
  ${EFFECTIVE},
  closed AS MATERIALIZED (
    SELECT lineage_id, array_agg(period_key) AS keys FROM plan_closed_periods
     WHERE tenant_id = $1 AND lineage_id IN (SELECT lineage_id FROM a) GROUP BY lineage_id),
  per AS (
    SELECT w.id,
           json_agg(json_build_object('year', d.year, 'quarter', d.quarter,
                       'state', CASE WHEN d.reported THEN 'reported' WHEN $3::date <= d.deadline THEN 'due' ELSE 'overdue' END,
                       'deadline', d.deadline,
                       'closed', coalesce(d.year || '-Q' || d.quarter = ANY(c.keys), false)) ORDER BY qi)
             FILTER (WHERE NOT d.reported) AS periods,
           (count(*) FILTER (WHERE d.reported))::int AS reported_count,
           (count(*) FILTER (WHERE NOT d.reported AND $3::date <= d.deadline))::int AS due,
           (count(*) FILTER (WHERE NOT d.reported AND $3::date > d.deadline))::int AS overdue
      FROM w CROSS JOIN LATERAL ${PERIODS('w.sq', 'w.eq', 'w.reported_qi')}
      LEFT JOIN closed c ON c.lineage_id = w.lineage_id
     GROUP BY w.id),
  units AS (
    SELECT au.action_id, json_agg(json_build_object('id', o.id, 'name', o.name, 'kind', o.kind) ORDER BY o.name) AS list
      FROM plan_action_units au JOIN org_units o ON o.tenant_id = au.tenant_id AND o.id = au.org_unit_id
     WHERE au.tenant_id = $1 AND au.action_id IN (SELECT id FROM a) GROUP BY au.action_id),
  wijk AS (
    SELECT pw.plan_id, json_agg(json_build_object('id', wk.id, 'name', wk.name) ORDER BY pw.position, wk.name) AS list
      FROM plan_wijken pw JOIN wijken wk ON wk.tenant_id = pw.tenant_id AND wk.id = pw.wijk_id
     WHERE pw.tenant_id = $1 AND pw.plan_id IN (SELECT plan_id FROM a) GROUP BY pw.plan_id)
SELECT json_build_object(
    'total', count(*), 'due', coalesce(sum(per.due), 0), 'overdue', coalesce(sum(per.overdue), 0),
    'items', coalesce(json_agg(json_build_object(
      'actionId', wx.id, 'actionKey', wx.key, 'title', wx.title, 'planId', wx.plan_id, 'planTitle', wx.plan_title,
      'wijken', coalesce(wijk.list, '[]'::json), 'block', wx.block, 'pillar', wx.pillar, 'goalStatement', wx.statement,
      'leadUnit', CASE WHEN wx.lead_unit_id IS NULL THEN NULL ELSE json_build_object('id', wx.lead_unit_id, 'name', wx.lead_name, 'kind', wx.lead_kind) END,
      'contributingUnits', coalesce(units.list, '[]'::json),
      'start', json_build_object('year', wx.start_year, 'quarter', wx.start_quarter), 'end', json_build_object('year', wx.end_year, 'quarter', wx.end_quarter),
      'plannedCents', wx.planned, 'spentCents', wx.spent, 'status', wx.status, 'percentComplete', wx.pct,
      'lastUpdate', CASE WHEN wx.reported THEN json_build_object('year', wx.last_year, 'quarter', wx.last_quarter, 'createdAt', wx.last_created_at) END,
      'periods', coalesce(per.periods, '[]'::json), 'reportedCount', coalesce(per.reported_count, 0), 'dueCount', coalesce(per.due, 0), 'overdueCount', coalesce(per.overdue, 0)
    ) ORDER BY wx.sort_title, wx.block, wx.pillar NULLS FIRST, wx.goal_position, wx.position), '[]'::json)) AS result
  FROM wx LEFT JOIN per ON per.id = wx.id LEFT JOIN units ON units.action_id = wx.id LEFT JOIN wijk ON wijk.plan_id = wx.plan_id`;

const NAMES = new Map([
  [DASHBOARD_SQL, 'wk_bench_dashboard'],
  [OVERVIEW_SQL, 'wk_bench_overview'],
  [MY_ACTIONS_SQL, 'wk_bench_my_actions'],
]);

/**
 * Runs `sql` with `params` as the API would: one transaction, role wk_app, tenant set locally. The three
 * baseline queries run as named prepared statements (planned once per connection, as a hand-tuned hot query
 * would be): planning these large statements costs more than executing them.
 */
export async function inTenant(client, tenantId, sql, params) {
  if (!/^[0-9a-f-]{36}$/.test(tenantId)) throw new Error(`not a uuid: ${tenantId}`);
  const name = NAMES.get(sql);
  await client.query(
    `BEGIN; SET LOCAL ROLE wk_app; SELECT set_config('app.tenant_id', '${tenantId}', true)${name ? '; SET LOCAL plan_cache_mode = force_generic_plan' : ''}`,
  );
  try {
    const res = await client.query(name ? { name, text: sql, values: params } : { text: sql, values: params });
    await client.query('COMMIT');
    return res;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}
