// EXPLAIN (ANALYZE, BUFFERS) of the queries the API runs for the three endpoints, for one tenant and plan.
// The query texts are copied from libs/api/progress (ProgressReader, ProgressService): keep them in step when
// those change. They run as the API's do: as wk_app with app.tenant_id set (row-level security applies).

const ACTION_SELECT = `
  SELECT a.id, a.key, a.title, a.plan_id, p.title AS plan_title, p.status AS plan_status, p.lineage_id, p.cadence,
         g.block, g.pillar, g.statement, a.lead_unit_id, o.name AS lead_name, o.kind AS lead_kind,
         a.start_year, a.start_quarter, a.end_year, a.end_quarter,
         coalesce((SELECT sum(b.amount_cents) FROM plan_action_budgets b WHERE b.tenant_id = a.tenant_id AND b.action_id = a.id), 0) AS planned,
         coalesce((SELECT json_agg(json_build_object('year', y.year, 'reported', y.reported, 'lastQuarter', y.last_quarter,
                                   'status', y.status, 'percent', y.percent_complete, 'at', y.last_created_at, 'spent', y.spent_cents)
                                   ORDER BY y.year)
                     FROM progress_action_years y
                    WHERE y.tenant_id = a.tenant_id AND y.lineage_id = p.lineage_id AND y.action_key = a.key), '[]') AS years
    FROM plan_actions a
    JOIN plans p ON p.tenant_id = a.tenant_id AND p.id = a.plan_id
    JOIN plan_goals g ON g.tenant_id = a.tenant_id AND g.id = a.goal_id
    LEFT JOIN org_units o ON o.tenant_id = a.tenant_id AND o.id = a.lead_unit_id
   WHERE a.tenant_id = $1`;
const ORDER = ` ORDER BY p.title, g.block, g.pillar NULLS FIRST, g.position, a.position`;

const CLOSED = `SELECT c.year, c.quarter, c.closed_at, c.closed_by, u.name FROM plan_closed_periods c
         LEFT JOIN users u ON u.tenant_id = c.tenant_id AND u.id = c.closed_by
        WHERE c.tenant_id = $1 AND c.lineage_id = $2 ORDER BY c.year, c.quarter NULLS LAST`;

const CLOSED_KEYS = `SELECT lineage_id, period_key FROM plan_closed_periods WHERE tenant_id = $1 AND lineage_id = ANY($2)`;

const OVERVIEW_PAIRS = `SELECT w.id AS wijk_id, w.name AS wijk_name, p.id AS plan_id, p.title, p.status, p.revision, p.demo
         FROM wijken w
         LEFT JOIN LATERAL (
           SELECT p.* FROM plan_wijken pw JOIN plans p ON p.tenant_id = pw.tenant_id AND p.id = pw.plan_id
            WHERE pw.tenant_id = w.tenant_id AND pw.wijk_id = w.id AND p.status <> 'archived'
            ORDER BY (p.status = 'adopted') DESC, p.updated_at DESC LIMIT 1) p ON true
        WHERE w.tenant_id = $1 ORDER BY w.name`;

const BUDGETS = `SELECT b.year, sum(b.amount_cents) AS planned FROM plan_action_budgets b
         JOIN plan_actions a ON a.tenant_id = b.tenant_id AND a.id = b.action_id
        WHERE b.tenant_id = $1 AND a.plan_id = $2 GROUP BY b.year`;

const UNITS = `SELECT au.action_id, o.id, o.name, o.kind FROM plan_action_units au
         JOIN org_units o ON o.tenant_id = au.tenant_id AND o.id = au.org_unit_id
        WHERE au.tenant_id = $1 AND au.action_id = ANY($2) ORDER BY o.name`;

const MY_ACTIONS = `${ACTION_SELECT} AND p.status = 'adopted' AND (a.lead_unit_id = ANY($2) OR EXISTS (
         SELECT 1 FROM plan_action_units u WHERE u.tenant_id = a.tenant_id AND u.action_id = a.id AND u.org_unit_id = ANY($2)))${ORDER}`;

export async function explainApiQueries(client, { tenantId, planId, planIds, unitIds }) {
  const out = [];
  const summary = [];
  const inTenant = async (fn) => {
    await client.query(`BEGIN; SET LOCAL ROLE wk_app; SELECT set_config('app.tenant_id', '${tenantId}', true)`);
    try {
      return await fn();
    } finally {
      await client.query('ROLLBACK');
    }
  };
  // Wall time of the query itself (median of 5, after one warm-up run), then its plan with row counts and buffers.
  // Per-node timing is left out: on this virtual machine the clock calls of EXPLAIN ANALYZE cost more than the
  // rows they time.
  const explain = async (title, sql, params) => {
    const times = [];
    for (let i = 0; i < 6; i++) {
      const t0 = performance.now();
      await inTenant(() => client.query(sql, params));
      if (i) times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const plan = await inTenant(async () =>
      (await client.query(`EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) ${sql}`, params)).rows.map((r) => r['QUERY PLAN']),
    );
    const shown = plan.map((line) => line.replace(/'\{[0-9a-f,-]{200,}\}'/g, (m) => `'{…${m.split(',').length} uuids…}'`));
    summary.push(`${times[2].toFixed(2).padStart(8)} ms  ${title}`);
    out.push(`==== ${title}: median ${times[2].toFixed(2)} ms (min ${times[0].toFixed(2)} ms) over 5 runs`, shown.join('\n'), '');
  };
  const rowsOf = (sql, params) => inTenant(async () => (await client.query(sql, params)).rows);
  const lineages = (rows) => [...new Set(rows.map((r) => r.lineage_id))];

  const planRows = await rowsOf(`${ACTION_SELECT} AND a.plan_id = $2${ORDER}`, [tenantId, planId]);
  await explain(
    `dashboard: actionRows({ planId }) (${planRows.length} actions, with their years)`,
    `${ACTION_SELECT} AND a.plan_id = $2${ORDER}`,
    [tenantId, planId],
  );
  await explain('dashboard: closed periods', CLOSED, [tenantId, planRows[0]?.lineage_id ?? tenantId]);
  await explain('dashboard: budget per year', BUDGETS, [tenantId, planId]);

  await explain('overview: wijk/plan pairs', OVERVIEW_PAIRS, [tenantId]);
  const tenantRows = await rowsOf(`${ACTION_SELECT} AND a.plan_id = ANY($2)${ORDER}`, [tenantId, planIds]);
  await explain(
    `overview: actionRows({ planIds }) (${planIds.length} plans, ${tenantRows.length} actions)`,
    `${ACTION_SELECT} AND a.plan_id = ANY($2)${ORDER}`,
    [tenantId, planIds],
  );
  await explain('overview: closed periods', CLOSED_KEYS, [tenantId, lineages(tenantRows)]);

  const myRows = await rowsOf(MY_ACTIONS, [tenantId, unitIds]);
  await explain(`my-actions: actionRows({ unitIds }) (${unitIds.length} units, ${myRows.length} actions)`, MY_ACTIONS, [tenantId, unitIds]);
  await explain(`my-actions: contributingUnits (${myRows.length} actions)`, UNITS, [tenantId, myRows.map((r) => r.id)]);
  return { text: [...summary, '', ...out].join('\n'), summary };
}
