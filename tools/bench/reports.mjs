// npm run bench:reports — how long the annual report of a demo plan takes (issue 14: under 2 seconds).
//
// Builds the API (cached when unchanged), starts it on a fresh database with the demo data, signs in as the
// raadslid of Nijmegen and downloads the 2026 report of Meijhorst as PDF, Excel and JSON: first one after the
// start (fonts and code not yet warm), then BENCH_REPORT_RUNS one after another, then the same with
// BENCH_REPORT_CLIENTS at once. Prints the timings and writes them to tools/bench/results-reports.md.
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { run as runCommand } from '../run.mjs';
import { getJson, signIn, startApi } from './api-load.mjs';
import { markdownTable, ms, percentiles, verdict } from './stats.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const env = process.env;
const RUNS = Number(env.BENCH_REPORT_RUNS || 30);
const CLIENTS = Number(env.BENCH_REPORT_CLIENTS || 4);
const TARGET_MS = 2000;
const server = env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432';
const database = 'wk_bench_reports';

if (env.BENCH_SKIP_BUILD !== '1' && (await runCommand('npx', ['nx', 'build', 'api', '--output-style=stream-without-prefixes'])) !== 0)
  throw new Error('nx build api failed');
const admin = new pg.Client({ connectionString: `${server}/postgres` });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS ${database}`);
await admin.query(`CREATE DATABASE ${database}`);
await admin.end();

const api = await startApi({
  main: join(root, 'dist', 'apps', 'api', 'main.js'),
  databaseUrl: `${server}/${database}`,
  port: Number(env.BENCH_PORT || 3410),
  logFile: join(os.tmpdir(), 'wk-bench-reports.log'),
  env: { WK_SEED_DEMO: 'true', WK_TODAY: '2026-11-16' },
});
try {
  const { cookie } = await signIn(api.base, 'raadslid@nijmegen.demo.wijkkompas.nl', 'Wijkkompas-demo-2026');
  const plans = await getJson(api.base, '/api/v1/plans', cookie);
  const plan = plans.items.find((p) => p.title.startsWith('Wijkplan Meijhorst') && p.status === 'adopted');
  if (!plan) throw new Error('Meijhorst’s adopted plan is not in the demo');
  const fetchReport = async (format) => {
    const t0 = performance.now();
    const res = await fetch(`${api.base}/api/v1/plans/${plan.id}/annual-report?year=2026&format=${format}`, { headers: { cookie } });
    const bytes = (await res.arrayBuffer()).byteLength;
    if (res.status !== 200) throw new Error(`${format}: HTTP ${res.status}`);
    return { ms: performance.now() - t0, bytes };
  };
  const rows = [
    ['format', 'first (cold) ms', 'KiB', `p50 ms (${RUNS} in a row)`, 'p95 ms', 'max ms', `p95 ms (${CLIENTS} at once)`, '≤ 2 s'],
  ];
  for (const format of ['pdf', 'xlsx', 'json']) {
    const cold = await fetchReport(format);
    const serial = [];
    for (let i = 0; i < RUNS; i++) serial.push((await fetchReport(format)).ms);
    const parallel = [];
    for (let i = 0; i < Math.ceil(RUNS / CLIENTS); i++)
      parallel.push(...(await Promise.all(Array.from({ length: CLIENTS }, () => fetchReport(format)))).map((r) => r.ms));
    const s = percentiles(serial);
    const p = percentiles(parallel);
    rows.push([
      format,
      ms(cold.ms),
      (cold.bytes / 1024).toFixed(0),
      ms(s.p50),
      ms(s.p95),
      ms(s.max),
      ms(p.p95),
      verdict(Math.max(cold.ms, s.max, p.p95) <= TARGET_MS),
    ]);
  }
  const table = markdownTable(rows);
  const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const text = `# Annual report timings\n\nMeasured ${when} UTC on ${os.cpus().length} cores (load ${os.loadavg()[0].toFixed(1)}): the 2026 report of Meijhorst (demo, 16 actions) downloaded by the raadslid of Nijmegen through the API.\n\n${table}\n`;
  writeFileSync(join(here, 'results-reports.md'), text);
  console.log(text);
} finally {
  await api.stop();
}
