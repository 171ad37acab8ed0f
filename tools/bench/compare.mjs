// Checks that the hand-written SQL computes the same figures as the API, so that the ratio API / SQL compares
// like with like. Returns a list of differences (empty when they agree).

const near = (a, b) => Math.abs(Number(a) - Number(b)) <= 0.051;

function compareRollup(where, api, sql, out) {
  if (!api || !sql) {
    if (api || sql) out.push(`${where}: present in only one of API/SQL`);
    return;
  }
  if (!near(api.progress, sql.progress)) out.push(`${where}: progress API ${api.progress} vs SQL ${sql.progress}`);
  if (api.status !== sql.status) out.push(`${where}: status API ${api.status} vs SQL ${sql.status}`);
  if (api.actions !== sql.actions) out.push(`${where}: actions API ${api.actions} vs SQL ${sql.actions}`);
  if (api.reported !== sql.reported) out.push(`${where}: reported API ${api.reported} vs SQL ${sql.reported}`);
  if (Number(api.plannedCents) !== Number(sql.planned_cents))
    out.push(`${where}: planned API ${api.plannedCents} vs SQL ${sql.planned_cents}`);
  if (Number(api.spentCents) !== Number(sql.spent_cents)) out.push(`${where}: spent API ${api.spentCents} vs SQL ${sql.spent_cents}`);
  for (const [status, n] of Object.entries(api.byStatus ?? {})) {
    if (Number(sql.by_status?.[status] ?? 0) !== n) out.push(`${where}: byStatus.${status} API ${n} vs SQL ${sql.by_status?.[status]}`);
  }
}

/** SQL roll-ups (gr 3 = total, 1 = block, 0 = pillar) keyed like the API's. */
function sqlRollups(rollups) {
  const map = new Map();
  for (const r of rollups ?? []) map.set(r.gr === 3 ? 'total' : r.gr === 1 ? r.block : `${r.block}/${r.pillar}`, r);
  return map;
}

function compareBlocks(prefix, api, rollups, out) {
  const sql = sqlRollups(rollups);
  compareRollup(`${prefix}total`, api.total, sql.get('total'), out);
  for (const b of api.blocks ?? []) if (b.actions || sql.get(b.block)) compareRollup(`${prefix}${b.block}`, b, sql.get(b.block), out);
  for (const p of api.pillars ?? [])
    if (p.actions || sql.get(`B4/${p.pillar}`)) compareRollup(`${prefix}B4/${p.pillar}`, p, sql.get(`B4/${p.pillar}`), out);
}

export function compareDashboard(api, sql) {
  const out = [];
  compareBlocks('', api, sql.rollups, out);
  const budget = new Map((sql.budget ?? []).map((b) => [b.year, b]));
  for (const y of api.budgetByYear ?? []) {
    const s = budget.get(y.year);
    if (!s) {
      if (y.plannedCents || y.spentCents) out.push(`budget ${y.year}: missing in SQL`);
      continue;
    }
    if (Number(s.planned_cents) !== y.plannedCents || Number(s.spent_cents) !== y.spentCents) {
      out.push(`budget ${y.year}: API ${y.plannedCents}/${y.spentCents} vs SQL ${s.planned_cents}/${s.spent_cents}`);
    }
  }
  const course = new Map((sql.course ?? []).map((c) => [`${c.block}/${c.pillar}/${c.year}`, c.progress]));
  for (const series of api.course ?? []) {
    for (const pt of series.points) {
      const s = course.get(`${series.block}/${series.pillar}/${pt.year}`);
      if (s === undefined) {
        if (pt.progress) out.push(`course ${series.block}/${series.pillar}/${pt.year}: missing in SQL`);
      } else if (!near(s, pt.progress)) out.push(`course ${series.block}/${series.pillar}/${pt.year}: API ${pt.progress} vs SQL ${s}`);
    }
  }
  if ((api.overdue ?? []).length !== (sql.overdue ?? []).length)
    out.push(`overdue: API ${api.overdue?.length} vs SQL ${sql.overdue?.length}`);
  if ((api.closedPeriods ?? []).length !== (sql.closed ?? []).length)
    out.push(`closed periods: API ${api.closedPeriods?.length} vs SQL ${sql.closed?.length}`);
  return out;
}

export function compareOverview(api, sql) {
  const out = [];
  const rows = new Map((sql.rows ?? []).map((r) => [r.wijk.id, r]));
  if ((api.rows ?? []).length !== rows.size) out.push(`rows: API ${api.rows?.length} vs SQL ${rows.size}`);
  for (const r of api.rows ?? []) {
    const s = rows.get(r.wijk.id);
    if (!s) {
      out.push(`wijk ${r.wijk.name}: missing in SQL`);
      continue;
    }
    if ((r.plan?.id ?? null) !== (s.plan?.id ?? null)) out.push(`wijk ${r.wijk.name}: plan API ${r.plan?.id} vs SQL ${s.plan?.id}`);
    if (r.total) compareBlocks(`${r.wijk.name} `, r, s.rollups, out);
  }
  return out;
}

export function compareMyActions(api, sql) {
  const out = [];
  for (const k of ['total', 'due', 'overdue']) if (Number(api[k]) !== Number(sql[k])) out.push(`${k}: API ${api[k]} vs SQL ${sql[k]}`);
  const items = new Map((sql.items ?? []).map((i) => [i.actionId, i]));
  for (const a of api.items ?? []) {
    const s = items.get(a.actionId);
    if (!s) {
      out.push(`action ${a.actionId}: missing in SQL`);
      continue;
    }
    for (const k of ['status', 'percentComplete', 'spentCents', 'plannedCents', 'reportedCount', 'dueCount', 'overdueCount']) {
      if (String(a[k]) !== String(s[k])) out.push(`action ${a.title} (${a.actionId.slice(0, 8)}): ${k} API ${a[k]} vs SQL ${s[k]}`);
    }
    if (a.periods.length !== s.periods.length)
      out.push(`action ${a.actionId.slice(0, 8)}: periods API ${a.periods.length} vs SQL ${s.periods.length}`);
    if (a.contributingUnits.length !== s.contributingUnits.length) out.push(`action ${a.actionId.slice(0, 8)}: contributing units differ`);
  }
  return out;
}
