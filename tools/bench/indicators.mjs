// The indicator part of the benchmark: the load targets (a wijk's indicators, the signals page, the overview of
// indicators) and the import of a national Kerncijfers file through the operator's HTTP API.
import { join } from 'node:path';
import { getStatus, postJson } from './api-load.mjs';
import { readCbsBuurten, readCbsWijken, readCsv } from './generate.mjs';

/** Load targets per indicator endpoint. `overview` is probed first: a 404 (not built on this branch) skips it. */
export const INDICATOR_ENDPOINTS = ['wijk-indicators', 'signals', 'indicator-overview'];
export const INDICATOR_LABEL = {
  'wijk-indicators': 'wijk indicators',
  signals: 'signals',
  'indicator-overview': 'indicator overview',
};

/** The items a response holds (series of a wijk; wijken of the signals page or of the overview). */
export function itemsOf(ep, body) {
  if (ep === 'wijk-indicators') return body.series.length;
  if (Array.isArray(body?.items)) return body.items.length;
  if (Array.isArray(body?.rows)) return body.rows.length;
  if (Array.isArray(body?.wijken)) return body.wijken.length;
  return 1;
}

/**
 * Targets: every wijk of the signed-in tenants (their planner's session) for the wijk page, and every tenant for
 * the signals page and the overview. `wijkenOf(tenantId)` lists a tenant's wijk ids.
 */
export async function indicatorTargets(base, tenants, wijkenOf, log) {
  const targets = { 'wijk-indicators': [], signals: [], 'indicator-overview': [] };
  for (const t of tenants) {
    for (const id of await wijkenOf(t.id))
      targets['wijk-indicators'].push({ path: `/api/v1/wijken/${id}/indicators`, cookie: t.planner, tenantId: t.id });
    targets.signals.push({ path: `/api/v1/indicators/signals`, cookie: t.planner });
    targets['indicator-overview'].push({ path: `/api/v1/indicators/overview`, cookie: t.planner });
  }
  const first = tenants[0];
  const probe = first ? await getStatus(base, '/api/v1/indicators/overview', first.planner) : { status: 404 };
  const skipped = [];
  if (probe.status === 404) {
    delete targets['indicator-overview'];
    skipped.push('GET /api/v1/indicators/overview answered 404 (not on this branch): skipped');
    log(`  note: ${skipped[0]}`);
  }
  return { targets, skipped };
}

/**
 * A synthetic national Kerncijfers file in CBS's wide OData layout (85984NED): `WijkenEnBuurten` and the first
 * `columns` topic columns of the real 2024 table (data/cbs/kwb_2024_85984NED_kolommen.csv, keys with their numeric
 * suffix), one row per area: the Netherlands, every gemeente, every wijk of 2024 with a numeric code, then buurten
 * of 2024 (by code) up to `areas` rows. Text columns get text, the others numbers; every 97th cell is `.` (unknown), every 89th
 * empty (not published). Deterministic.
 */
/**
 * Codes the importer reads today: digits only. Amsterdam's wijken and buurten (WK0363AA, BU0363AA01, …: 110 wijken
 * and 517 buurten of 2024) have letters and are refused as not_a_code, which would refuse the whole file; they are
 * left out of the synthetic file (see the report).
 */
const NUMERIC_CODE = /^(GM\d{4}|WK\d{6}|BU\d{8})$/;

export function nationalKerncijfers(root, { areas = 17_000, columns = 100 } = {}) {
  const [head, ...rest] = readCsv(join(root, 'data/cbs/kwb_2024_85984NED_kolommen.csv'));
  const keyAt = head.indexOf('Key');
  const typeAt = head.indexOf('Type');
  const unitAt = head.indexOf('Unit');
  const topics = rest.filter((r) => r[typeAt] === 'Topic').slice(0, columns - 1);
  const wijken = readCbsWijken();
  const gemeenten = [...new Map(wijken.map((w) => [w.gm, w.gmName])).entries()].sort(([a], [b]) => a.localeCompare(b));
  const rows = [
    { code: 'NL01', name: 'Nederland', soort: 'Land' },
    ...gemeenten.map(([code, name]) => ({ code, name, soort: 'Gemeente' })),
    ...wijken.filter((w) => NUMERIC_CODE.test(w.code)).map((w) => ({ code: w.code, name: w.name, soort: 'Wijk' })),
  ];
  const buurten = readCbsBuurten()
    .filter((b) => NUMERIC_CODE.test(b.code))
    .sort((a, b) => a.code.localeCompare(b.code));
  for (const b of buurten) {
    if (rows.length >= areas) break;
    rows.push({ code: b.code, name: b.name, soort: 'Buurt' });
  }
  const quote = (s) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = [['WijkenEnBuurten', ...topics.map((t) => t[keyAt])].map(quote).join(',')];
  rows.forEach((row, n) => {
    const cells = [row.code];
    topics.forEach((t, c) => {
      const key = t[keyAt];
      const unit = (t[unitAt] ?? '').trim();
      const k = (n + 1) * 131 + c * 17;
      if (key.startsWith('Gemeentenaam')) cells.push(quote(row.name));
      else if (key.startsWith('SoortRegio')) cells.push(row.soort);
      else if (key.startsWith('Codering')) cells.push(row.code);
      else if (['naam', 'omschrijving', 'code', 'wijk'].includes(unit)) cells.push(String(k % 2));
      else if (k % 97 === 0) cells.push('.');
      else if (k % 89 === 0) cells.push('');
      else if (unit === '%') cells.push(String((k % 1000) / 10));
      else
        cells.push(String(row.soort === 'Land' ? 17_900_000 - c : row.soort === 'Gemeente' ? 20_000 + (k % 200_000) : 100 + (k % 20_000)));
    });
    lines.push(cells.join(','));
  });
  return { csv: lines.join('\r\n') + '\r\n', areas: rows.length, columns: topics.length + 1 };
}

/**
 * Times the operator's import of the national file over HTTP: preview, commit (all new), the same file again
 * (nothing changes), then removes the import again (as the owner) so that the database stays as generated.
 */
export async function timeNationalImport({ base, operator, root, ownerQuery, log }) {
  const t0 = performance.now();
  const file = nationalKerncijfers(root);
  const body = JSON.stringify({
    layout: 'cbs-kwb',
    fileName: 'kwb_2024_bench_nationaal.csv',
    content: file.csv,
    year: 2024,
    source: 'CBS, Kerncijfers wijken en buurten 2024 (synthetisch, benchmark)',
  });
  const generated = performance.now() - t0;
  const bytes = Buffer.byteLength(body);
  log(
    `  national Kerncijfers file: ${file.areas.toLocaleString('en')} areas × ${file.columns} columns, ${(bytes / 1e6).toFixed(1)} MB of JSON`,
  );
  const timed = async (path) => {
    const s = performance.now();
    const r = await postJson(base, path, operator, body);
    const ms = performance.now() - s;
    if (r.status !== 200) throw new Error(`POST ${path}: HTTP ${r.status} ${r.text.slice(0, 400)}`);
    return { ms, body: r.body };
  };
  const preview = await timed('/api/v1/platform/indicator-imports/preview');
  if (preview.body.refused.length)
    throw new Error(`national import: ${preview.body.refused.length} rows refused, e.g. ${JSON.stringify(preview.body.refused[0])}`);
  const commit = await timed('/api/v1/platform/indicator-imports');
  const again = await timed('/api/v1/platform/indicator-imports');
  const result = {
    areas: file.areas,
    columns: file.columns,
    megabytes: bytes / 1e6,
    generatedMs: generated,
    rows: preview.body.rows,
    indicators: preview.body.indicators.length,
    preview: { ms: preview.ms, new: preview.body.new, changed: preview.body.changed, unchanged: preview.body.unchanged },
    commit: { ms: commit.ms, new: commit.body.new, importId: commit.body.importId },
    again: { ms: again.ms, unchanged: again.body.unchanged, importId: again.body.importId },
  };
  if (again.body.importId !== null || again.body.new || again.body.changed)
    throw new Error(`national import: the same file again changed something (${JSON.stringify(again.body).slice(0, 300)})`);
  if (commit.body.importId) {
    await ownerQuery(`DELETE FROM stat_values WHERE import_id = $1`, [commit.body.importId]);
    await ownerQuery(`DELETE FROM stat_imports WHERE id = $1`, [commit.body.importId]);
    await ownerQuery(`VACUUM ANALYZE stat_values`);
  }
  return result;
}
