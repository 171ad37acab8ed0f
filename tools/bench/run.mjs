// npm run bench: builds the API (Nx, cached), then for each scale builds (or reuses) a synthetic database on the
// PostgreSQL server, loads the dashboard, the tenant overview and "mijn acties" with concurrent clients,
// times the same aggregations as hand-written SQL, and prints/writes the results (tools/bench/results.md).
// See tools/bench/README.md for the options (environment variables).
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { run as runCommand } from '../run.mjs';
import { getJson, load, signIn, startApi } from './api-load.mjs';
import { INDICATOR_ENDPOINTS, INDICATOR_LABEL, indicatorTargets, itemsOf, timeNationalImport } from './indicators.mjs';
import { compareDashboard, compareMyActions, compareOverview } from './compare.mjs';
import { explainApiQueries } from './explain.mjs';
import {
  AS_OF,
  BENCH_OPERATOR_EMAIL,
  benchEmail,
  COUNTED_TABLES,
  counts,
  generate,
  GENERATOR_VERSION,
  SCALES,
  wijkCount,
} from './generate.mjs';
import { DASHBOARD_SQL, inTenant, MY_ACTIONS_SQL, OVERVIEW_SQL } from './sql-baseline.mjs';
import { cpuOf, markdownTable, ms, percentiles, ratio, shuffled, textTable, verdict } from './stats.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const WORK = join(ROOT, 'tmp/bench');
const RESULTS = resolve(ROOT, process.env.BENCH_RESULTS || 'tools/bench/results.md');
const require = createRequire(import.meta.url);

// ---- options ----
const env = process.env;
function int(name, fallback, min = 1) {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const v = Number(raw);
  if (!Number.isInteger(v) || v < min) throw new Error(`${name} must be a whole number >= ${min}, got "${raw}"`);
  return v;
}
const OPT = {
  baseUrl: env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432',
  scales: (env.BENCH_SCALES || 'demo,national')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
  duration: int('BENCH_DURATION', 10),
  connections: int('BENCH_CONNECTIONS', 20),
  warmup: int('BENCH_WARMUP', 3, 0),
  tenants: int('BENCH_TENANTS', 20),
  sqlRuns: int('BENCH_SQL_RUNS', 200),
  port: int('BENCH_PORT', 3400),
  fresh: env.BENCH_FRESH === '1',
  build: env.BENCH_SKIP_BUILD !== '1',
  explain: env.BENCH_EXPLAIN !== '0',
  importScales: (env.BENCH_IMPORT ?? 'national')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
};
for (const s of OPT.scales)
  if (!SCALES[s]) throw new Error(`BENCH_SCALES: unknown scale "${s}" (known: ${Object.keys(SCALES).join(', ')})`);
const PASSWORD = 'Bench-wachtwoord-2026';
const TARGETS = { dashboardP95: 50, crossScale: 1.5, apiOverSql: 3, indicatorP95: 50, importSeconds: 30 };

const log = (line = '') => console.log(line);
const errors = [];
const warnings = [];
let api = null;

function dbUrl(name) {
  const url = new URL(OPT.baseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withClient(url, fn) {
  const client = new pg.Client({
    connectionString: url,
    application_name: 'wk-bench',
  });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Backend pids of the connections with this application_name to `url`'s database. */
async function backendPids(url, applicationName) {
  return withClient(url, async (c) =>
    (
      await c.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1`, [applicationName])
    ).rows.map((r) => r.pid),
  );
}

/**
 * Runs `fn` and measures the CPU milliseconds it cost the API process and the database backends serving it
 * (from /proc; the server runs on this machine). On a machine shared with other work CPU time per request is
 * steadier than latency.
 */
async function withCpu(url, applicationName, apiPid, fn) {
  const before = await backendPids(url, applicationName);
  const pg0 = new Map(before.map((pid) => [pid, cpuOf([pid]) ?? 0]));
  const node0 = apiPid ? cpuOf([apiPid]) : null;
  const result = await fn();
  const node1 = apiPid ? cpuOf([apiPid]) : null;
  const after = await backendPids(url, applicationName);
  let pg = 0;
  for (const pid of new Set([...before, ...after])) pg += (cpuOf([pid]) ?? 0) - (pg0.get(pid) ?? 0);
  return {
    result,
    pgMs: pg,
    nodeMs: node0 !== null && node1 !== null ? node1 - node0 : null,
  };
}

/** Runs the built API with --migrate-only against `url` (applies the migrations of this build). */
function migrate(main, url, logFile) {
  return new Promise((resolvePromise, reject) => {
    const out = createWriteStream(logFile, { flags: 'a' });
    const child = spawn(process.execPath, [main, '--migrate-only'], {
      env: {
        ...env,
        DATABASE_URL: url,
        WK_SEED_DEMO: 'false',
        LOG_LEVEL: 'warn',
        TZ: 'UTC',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.pipe(out);
    child.stderr.pipe(out);
    child.on('exit', (code) => (code === 0 ? resolvePromise() : reject(new Error(`migrations failed (exit ${code}); see ${logFile}`))));
  });
}

/** Creates (or reuses) wk_bench_<scale>. Reuse when generator, scale and applied migrations are unchanged. */
async function prepareDatabase(name, main, passwordHash) {
  const scale = SCALES[name];
  const db = `wk_bench_${name}`;
  const url = dbUrl(db);
  const logFile = join(WORK, `api-${name}.log`);
  const exists = await withClient(
    dbUrl('postgres'),
    async (c) => (await c.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [db])).rowCount > 0,
  );
  if (exists && !OPT.fresh) {
    await migrate(main, url, logFile);
    const reuse = await withClient(url, async (c) => {
      const info = await c.query(`SELECT * FROM bench.info`).catch(() => null);
      const row = info?.rows[0];
      if (!row) return null;
      const migrations = (await c.query(`SELECT name FROM migrations ORDER BY id`)).rows.map((r) => r.name).join(',');
      const sameScale =
        Object.keys(scale).length === Object.keys(row.scale ?? {}).length && Object.entries(scale).every(([k, v]) => row.scale[k] === v);
      // Migrations added since the data was generated have just been applied on top of it (as they would be
      // on a production database): the data stays usable. Any other difference means a rebuild.
      const same =
        row.generator_version === GENERATOR_VERSION &&
        sameScale &&
        (migrations === row.migrations || migrations.startsWith(`${row.migrations},`));
      if (same && migrations !== row.migrations) {
        log(`  applied the migrations added since ${db} was generated: ${migrations.slice(row.migrations.length + 1)}; VACUUM ANALYZE`);
        await c.query('VACUUM ANALYZE');
        row.counts = await counts(c);
        await c.query(`UPDATE bench.info SET migrations = $1, counts = $2`, [migrations, JSON.stringify(row.counts)]);
      }
      return same ? row : null;
    });
    if (reuse) {
      log(`  reusing ${db} (generated ${reuse.generated_at.toISOString()} in ${reuse.seconds.toFixed(0)} s; BENCH_FRESH=1 rebuilds it)`);
      return {
        url,
        db,
        counts: reuse.counts,
        seconds: reuse.seconds,
        reused: true,
      };
    }
    log(`  ${db} exists but was made by another generator, scale or set of migrations: rebuilding`);
  }
  await withClient(dbUrl('postgres'), async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${db}`);
  });
  await migrate(main, url, logFile);
  const t0 = Date.now();
  const rowCounts = await withClient(url, async (c) => {
    await generate(c, scale, passwordHash, log);
    const tv = Date.now();
    await c.query('VACUUM ANALYZE');
    log(`  VACUUM ANALYZE                                        ${((Date.now() - tv) / 1000).toFixed(1).padStart(6)} s`);
    return counts(c);
  });
  const seconds = (Date.now() - t0) / 1000;
  await withClient(url, async (c) => {
    const migrations = (await c.query(`SELECT name FROM migrations ORDER BY id`)).rows.map((r) => r.name).join(',');
    await c.query(
      `CREATE TABLE bench.info (generator_version int, scale jsonb, migrations text, counts jsonb, seconds float8, generated_at timestamptz)`,
    );
    await c.query(`INSERT INTO bench.info VALUES ($1, $2, $3, $4, $5, now())`, [
      GENERATOR_VERSION,
      JSON.stringify(scale),
      migrations,
      JSON.stringify(rowCounts),
      seconds,
    ]);
  });
  return { url, db, counts: rowCounts, seconds, reused: false };
}

/** The tenants whose users sign in (spread over all tenants), with their plans and the contributor's units. */
async function pickTenants(url, name) {
  const T = SCALES[name].tenants;
  const n = Math.min(OPT.tenants, T);
  const numbers = [...new Set(Array.from({ length: n }, (_, i) => 1 + Math.floor((i * T) / n)))];
  return withClient(url, async (c) => {
    const out = [];
    for (const t of numbers) {
      const slug = `bench-${String(t).padStart(3, '0')}`;
      const tenant = (await c.query(`SELECT id FROM tenants WHERE slug = $1`, [slug])).rows[0];
      const plans = (await c.query(`SELECT id FROM plans WHERE tenant_id = $1 ORDER BY title`, [tenant.id])).rows.map((r) => r.id);
      const units = (
        await c.query(
          `SELECT m.org_unit_id FROM org_unit_members m JOIN users u ON u.tenant_id = m.tenant_id AND u.id = m.user_id
            WHERE u.tenant_id = $1 AND u.email = $2 ORDER BY 1`,
          [tenant.id, benchEmail('contributor', t)],
        )
      ).rows.map((r) => r.org_unit_id);
      out.push({ t, id: tenant.id, plans, units });
    }
    return out;
  });
}

/** Times `fn(client, target)` over the targets: sequentially (`runs` times), then with `connections` clients for `seconds`. */
async function timeSql(url, targets, runs, connections, seconds) {
  const clients = await Promise.all(
    Array.from({ length: connections }, async () => {
      const c = new pg.Client({
        connectionString: url,
        application_name: 'wk-bench-sql',
      });
      await c.connect();
      return c;
    }),
  );
  const once = async (client, target) => {
    const t0 = performance.now();
    await inTenant(client, target.tenantId, target.sql, target.params);
    return performance.now() - t0;
  };
  try {
    for (let i = 0; i < Math.min(20, targets.length * 2); i++) await once(clients[0], targets[i % targets.length]); // warm-up
    const sequential = [];
    for (let i = 0; i < runs; i++) sequential.push(await once(clients[0], targets[i % targets.length]));
    const concurrent = [];
    let next = 0;
    const pids = clients.map((c) => c.processID);
    const cpu0 = cpuOf(pids);
    const end = performance.now() + seconds * 1000;
    await Promise.all(
      clients.map(async (c) => {
        while (performance.now() < end) concurrent.push(await once(c, targets[next++ % targets.length]));
      }),
    );
    const cpu1 = cpuOf(pids);
    return {
      sequential: percentiles(sequential),
      concurrent: percentiles(concurrent),
      concurrentRps: concurrent.length / seconds,
      cpuPg: cpu0 === null || cpu1 === null ? NaN : (cpu1 - cpu0) / concurrent.length,
    };
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
}

const ENDPOINTS = ['dashboard', 'overview', 'my-actions'];

async function benchScale(name, main, passwordHash) {
  log(`\n=== scale ${name} ===`);
  const prepared = await prepareDatabase(name, main, passwordHash);
  const { url } = prepared;
  log(`  rows: ${COUNTED_TABLES.map((t) => `${t} ${(prepared.counts[t] ?? 0).toLocaleString('en')}`).join(', ')}`);
  const tenants = await pickTenants(url, name);

  // ---- the API under load ----
  api = await startApi({
    main,
    databaseUrl: url,
    port: OPT.port,
    logFile: join(WORK, `api-${name}.log`),
  });
  log(`  API started (pid ${api.pid}); signing in ${tenants.length} planners and ${tenants.length} contributors`);
  for (const t of tenants) {
    t.planner = (await signIn(api.base, benchEmail('planner', t.t), PASSWORD)).cookie;
    const contributor = await signIn(api.base, benchEmail('contributor', t.t), PASSWORD);
    t.contributor = contributor.cookie;
    const sessionUnits = [...contributor.session.user.orgUnitIds].sort();
    if (sessionUnits.join() !== t.units.join()) throw new Error(`contributor of tenant ${t.t}: session units differ from the database`);
  }
  const q = `asOf=${AS_OF}`;
  const targets = {
    dashboard: shuffled(
      tenants.flatMap((t) =>
        t.plans.map((plan) => ({
          path: `/api/v1/plans/${plan}/dashboard?${q}`,
          cookie: t.planner,
          tenantId: t.id,
          sql: DASHBOARD_SQL,
          params: [t.id, plan, AS_OF],
        })),
      ),
    ),
    overview: shuffled(
      tenants.map((t) => ({
        path: `/api/v1/overview?${q}`,
        cookie: t.planner,
        tenantId: t.id,
        sql: OVERVIEW_SQL,
        params: [t.id, AS_OF],
      })),
    ),
    'my-actions': shuffled(
      tenants.map((t) => ({
        path: `/api/v1/my-actions?${q}`,
        cookie: t.contributor,
        tenantId: t.id,
        sql: MY_ACTIONS_SQL,
        params: [t.id, t.units, AS_OF],
      })),
    ),
  };
  const compare = {
    dashboard: compareDashboard,
    overview: compareOverview,
    'my-actions': compareMyActions,
  };

  // Same figures from API and SQL? (a few targets per endpoint)
  const items = {};
  await withClient(url, async (c) => {
    for (const ep of ENDPOINTS) {
      const sample = targets[ep].slice(0, 3);
      const counted = [];
      for (const t of sample) {
        const fromApi = await getJson(api.base, t.path, t.cookie);
        const fromSql = (await inTenant(c, t.tenantId, t.sql, t.params)).rows[0].result;
        const diff = compare[ep](fromApi, fromSql);
        if (diff.length)
          warnings.push(
            `${name} ${ep} ${t.path}: API and SQL differ: ${diff.slice(0, 5).join('; ')}${diff.length > 5 ? ` (+${diff.length - 5})` : ''}`,
          );
        counted.push(ep === 'dashboard' ? fromApi.total.actions : ep === 'overview' ? fromApi.rows.length : fromApi.total);
      }
      items[ep] = counted.reduce((s, n) => s + n, 0) / counted.length;
    }
  });
  // Items per request over all targets (the sample above may be unrepresentative for overview and my-actions).
  await withClient(url, async (c) => {
    for (const ep of ['overview', 'my-actions']) {
      let sum = 0;
      for (const t of targets[ep]) {
        const r = (await inTenant(c, t.tenantId, t.sql, t.params)).rows[0].result;
        sum += ep === 'overview' ? r.rows.length : Number(r.total);
      }
      items[ep] = sum / targets[ep].length;
    }
  });

  const results = {};
  for (const ep of ENDPOINTS) {
    if (OPT.warmup)
      await load({
        base: api.base,
        targets: targets[ep],
        connections: OPT.connections,
        seconds: OPT.warmup,
      });
    const measured = await withCpu(url, 'wijkkompas', api.pid, () =>
      load({
        base: api.base,
        targets: targets[ep],
        connections: OPT.connections,
        seconds: OPT.duration,
      }),
    );
    const r = measured.result;
    r.cpuNode = measured.nodeMs === null ? NaN : measured.nodeMs / r.requests;
    r.cpuPg = measured.pgMs / r.requests;
    results[ep] = { api: r, targets: targets[ep].length, items: items[ep] };
    log(
      `  ${ep.padEnd(10)} ${String(r.requests).padStart(6)} requests (${r.rps.toFixed(1)}/s over ${targets[ep].length} targets): p50 ${ms(r.p50)}  p95 ${ms(r.p95)}  p99 ${ms(r.p99)} ms; CPU per request: API ${ms(r.cpuNode)} + database ${ms(r.cpuPg)} ms`,
    );
    // Too slow to measure is a missed target (FAIL), not an error of the run.
    if (!r.requests) warnings.push(`${name} ${ep}: no response completed within the ${OPT.duration} s window (each took longer)`);
    if (r.non2xx || r.errors || r.timeouts) {
      errors.push(
        `${name} ${ep}: ${r.non2xx} non-2xx responses (${JSON.stringify(r.statuses)}), ${r.errors} errors, ${r.timeouts} timeouts`,
      );
    }
  }
  // ---- indicators: a wijk's page, the signals page, the overview (when the branch has it); the national import ----
  const indicatorTargetSet = await indicatorTargets(
    api.base,
    tenants,
    (tenantId) =>
      withClient(url, async (c) =>
        (await c.query(`SELECT id FROM wijken WHERE tenant_id = $1 ORDER BY name`, [tenantId])).rows.map((r) => r.id),
      ),
    log,
  );
  const indicatorResults = {};
  for (const ep of INDICATOR_ENDPOINTS) {
    const list = indicatorTargetSet.targets[ep];
    if (!list) continue;
    const shuffledTargets = shuffled(list);
    // Items per request, over (up to 40 of) the targets, read once before the load.
    let sum = 0;
    const sample = shuffledTargets.slice(0, 40);
    for (const t of sample) sum += itemsOf(ep, await getJson(api.base, t.path, t.cookie));
    if (OPT.warmup) await load({ base: api.base, targets: shuffledTargets, connections: OPT.connections, seconds: OPT.warmup });
    const measured = await withCpu(url, 'wijkkompas', api.pid, () =>
      load({ base: api.base, targets: shuffledTargets, connections: OPT.connections, seconds: OPT.duration }),
    );
    const r = measured.result;
    r.cpuNode = measured.nodeMs === null ? NaN : measured.nodeMs / r.requests;
    r.cpuPg = measured.pgMs / r.requests;
    indicatorResults[ep] = { api: r, targets: list.length, items: sum / sample.length };
    log(
      `  ${ep.padEnd(18)} ${String(r.requests).padStart(6)} requests (${r.rps.toFixed(1)}/s over ${list.length} targets, ${(r.avgBytes / 1024).toFixed(0)} KiB each): p50 ${ms(r.p50)}  p95 ${ms(r.p95)}  p99 ${ms(r.p99)} ms; CPU per request: API ${ms(r.cpuNode)} + database ${ms(r.cpuPg)} ms`,
    );
    if (!r.requests) warnings.push(`${name} ${ep}: no response completed within the ${OPT.duration} s window (each took longer)`);
    if (r.non2xx || r.errors || r.timeouts)
      errors.push(
        `${name} ${ep}: ${r.non2xx} non-2xx responses (${JSON.stringify(r.statuses)}), ${r.errors} errors, ${r.timeouts} timeouts`,
      );
  }
  let importResult = null;
  if (OPT.importScales.includes(name)) {
    const operator = await signIn(api.base, BENCH_OPERATOR_EMAIL, PASSWORD);
    importResult = await withClient(url, (c) =>
      timeNationalImport({ base: api.base, operator: operator.write, root: ROOT, ownerQuery: (sql, params) => c.query(sql, params), log }),
    );
    const i = importResult;
    log(
      `  national import: ${i.rows.toLocaleString('en')} values (${i.indicators} indicators): preview ${(i.preview.ms / 1000).toFixed(1)} s, commit ${(i.commit.ms / 1000).toFixed(1)} s (${Math.round(i.commit.new / (i.commit.ms / 1000)).toLocaleString('en')} rows/s), the same file again ${(i.again.ms / 1000).toFixed(1)} s (${i.again.unchanged.toLocaleString('en')} unchanged)`,
    );
  }

  const stopped = await api.stop();
  if (stopped.code !== 0 && stopped.signal !== 'SIGTERM')
    errors.push(`${name}: API exited with code ${stopped.code} signal ${stopped.signal}`);
  api = null;

  // ---- the dashboard with the view cache off: every request computes the dashboard (a first view) ----
  api = await startApi({
    main,
    databaseUrl: url,
    port: OPT.port,
    logFile: join(WORK, `api-${name}.log`),
    env: { VIEW_CACHE_MB: '0' },
  });
  const uncachedTargets = [];
  const uncachedIndicatorTargets = [];
  for (const t of tenants) {
    const cookie = (await signIn(api.base, benchEmail('planner', t.t), PASSWORD)).cookie;
    for (const target of targets.dashboard) if (target.tenantId === t.id) uncachedTargets.push({ ...target, cookie });
    for (const target of indicatorTargetSet.targets['wijk-indicators'])
      if (target.tenantId === t.id) uncachedIndicatorTargets.push({ ...target, cookie });
  }
  if (OPT.warmup)
    await load({
      base: api.base,
      targets: uncachedTargets,
      connections: OPT.connections,
      seconds: OPT.warmup,
    });
  const uncached = await withCpu(url, 'wijkkompas', api.pid, () =>
    load({
      base: api.base,
      targets: uncachedTargets,
      connections: OPT.connections,
      seconds: OPT.duration,
    }),
  );
  {
    const r = uncached.result;
    r.cpuNode = uncached.nodeMs === null ? NaN : uncached.nodeMs / r.requests;
    r.cpuPg = uncached.pgMs / r.requests;
    results.uncachedDashboard = r;
    log(
      `  dashboard, view cache off ${String(r.requests).padStart(6)} requests (${r.rps.toFixed(1)}/s): p50 ${ms(r.p50)}  p95 ${ms(r.p95)}  p99 ${ms(r.p99)} ms; CPU per request: API ${ms(r.cpuNode)} + database ${ms(r.cpuPg)} ms`,
    );
    if (r.non2xx || r.errors || r.timeouts)
      errors.push(`${name} dashboard (cache off): ${r.non2xx} non-2xx responses, ${r.errors} errors, ${r.timeouts} timeouts`);
  }
  // The wijk's indicator page computed on every request (the first view after a change or a public import).
  {
    const list = shuffled(uncachedIndicatorTargets);
    if (OPT.warmup) await load({ base: api.base, targets: list, connections: OPT.connections, seconds: OPT.warmup });
    const measured = await withCpu(url, 'wijkkompas', api.pid, () =>
      load({ base: api.base, targets: list, connections: OPT.connections, seconds: OPT.duration }),
    );
    const r = measured.result;
    r.cpuNode = measured.nodeMs === null ? NaN : measured.nodeMs / r.requests;
    r.cpuPg = measured.pgMs / r.requests;
    results.uncachedIndicators = r;
    log(
      `  wijk indicators, view cache off ${String(r.requests).padStart(6)} requests (${r.rps.toFixed(1)}/s): p50 ${ms(r.p50)}  p95 ${ms(r.p95)}  p99 ${ms(r.p99)} ms; CPU per request: API ${ms(r.cpuNode)} + database ${ms(r.cpuPg)} ms`,
    );
    if (r.non2xx || r.errors || r.timeouts)
      errors.push(`${name} wijk indicators (cache off): ${r.non2xx} non-2xx responses, ${r.errors} errors, ${r.timeouts} timeouts`);
  }
  await api.stop();
  api = null;

  // ---- the same aggregations as SQL ----
  const sqlSeconds = Math.max(3, Math.round(OPT.duration / 2));
  for (const ep of ENDPOINTS) {
    const s = await timeSql(url, targets[ep], OPT.sqlRuns, OPT.connections, sqlSeconds);
    results[ep].sql = s;
    log(
      `  SQL ${ep.padEnd(10)} sequential p50 ${ms(s.sequential.p50)} p95 ${ms(s.sequential.p95)} ms; ${OPT.connections} clients p50 ${ms(s.concurrent.p50)} p95 ${ms(s.concurrent.p95)} ms (${s.concurrentRps.toFixed(1)}/s); database CPU per query ${ms(s.cpuPg)} ms`,
    );
  }

  if (OPT.explain) {
    const t = tenants[0];
    const file = join(WORK, `explain-${name}.txt`);
    const explained = await withClient(url, (c) =>
      explainApiQueries(c, {
        tenantId: t.id,
        planId: t.plans[0],
        planIds: t.plans,
        unitIds: t.units,
      }),
    );
    writeFileSync(file, explained.text);
    log(`  the API's queries for tenant bench-${String(t.t).padStart(3, '0')} (median of 5; plans in ${file}):`);
    for (const line of explained.summary) log(`    ${line}`);
  }
  return {
    name,
    prepared,
    results,
    indicators: indicatorResults,
    indicatorSkipped: indicatorTargetSet.skipped,
    importResult,
    tenants: tenants.length,
    plans: targets.dashboard.length,
  };
}

// ---- report ----
const LABEL = {
  dashboard: 'dashboard',
  overview: 'overview',
  'my-actions': 'mijn acties',
};

function scaleRows(s) {
  const header = [
    'endpoint',
    'items/req',
    'requests',
    'req/s',
    'p50',
    'p95',
    'p99',
    `SQL p50 (${OPT.connections})`,
    `SQL p95 (${OPT.connections})`,
    'SQL p50 (1)',
    'API/SQL p50',
    'API/SQL p95',
    `target ≤ ${TARGETS.apiOverSql}`,
  ];
  const rows = [header];
  for (const ep of ENDPOINTS) {
    const r = s.results[ep];
    const r50 = r.api.p50 / r.sql.concurrent.p50;
    const r95 = r.api.p95 / r.sql.concurrent.p95;
    rows.push([
      LABEL[ep],
      r.items.toFixed(r.items % 1 ? 1 : 0),
      r.api.requests,
      r.api.rps.toFixed(0),
      ms(r.api.p50),
      ms(r.api.p95),
      ms(r.api.p99),
      ms(r.sql.concurrent.p50),
      ms(r.sql.concurrent.p95),
      ms(r.sql.sequential.p50),
      ratio(r50),
      ratio(r95),
      verdict(r50 <= TARGETS.apiOverSql && r95 <= TARGETS.apiOverSql),
    ]);
  }
  return rows;
}

/** CPU milliseconds per request (API process, database backends) and per SQL query; what 2 cores allow. */
function cpuRows(s) {
  const cores = os.availableParallelism();
  const rows = [
    [
      'endpoint',
      'API: node ms/req',
      'API: database ms/req',
      'API: total ms/req',
      `≈ max req/s on ${cores} cores`,
      'SQL: database ms/query',
      'API/SQL CPU',
    ],
  ];
  for (const ep of ENDPOINTS) {
    const r = s.results[ep];
    const total = r.api.cpuNode + r.api.cpuPg;
    rows.push([
      LABEL[ep],
      ms(r.api.cpuNode),
      ms(r.api.cpuPg),
      ms(total),
      Number.isFinite(total) ? ((cores * 1000) / total).toFixed(0) : '–',
      ms(r.sql.cpuPg),
      ratio(total / r.sql.cpuPg),
    ]);
  }
  return rows;
}

function crossRows(byName) {
  const demo = byName.demo;
  const national = byName.national;
  if (!demo || !national) return null;
  const rows = [
    [
      'endpoint',
      'items/req demo → national',
      'p50 ratio',
      'p95 ratio',
      'p95 ratio per item',
      'CPU/req ratio (per item)',
      `target ≤ ${TARGETS.crossScale}`,
    ],
  ];
  for (const ep of ENDPOINTS) {
    const d = demo.results[ep];
    const n = national.results[ep];
    const r95 = n.api.p95 / d.api.p95;
    const perItem = n.api.p95 / n.items / (d.api.p95 / d.items);
    // The dashboard is one wijk's plan at both scales: its latency itself must stay flat. The overview and
    // "mijn acties" cover a whole tenant or a user's actions, which are bigger at national scale (≈10 wijken per
    // tenant instead of ≈2): judged per item (wijk row, action) so that only growth beyond their own data counts.
    const judged = ep === 'dashboard' ? r95 : perItem;
    rows.push([
      LABEL[ep],
      `${d.items.toFixed(1)} → ${n.items.toFixed(1)}`,
      ratio(n.api.p50 / d.api.p50),
      ratio(r95),
      ratio(perItem),
      (() => {
        const cpu = (x) => x.api.cpuNode + x.api.cpuPg;
        const raw = cpu(n) / cpu(d);
        return ep === 'dashboard' ? ratio(raw) : `${ratio(raw)} (${ratio(cpu(n) / n.items / (cpu(d) / d.items))})`;
      })(),
      `${verdict(judged <= TARGETS.crossScale)}${ep === 'dashboard' ? '' : ' (per item)'}`,
    ]);
  }
  return rows;
}

/** The indicator endpoints of one scale: latency, CPU per request and the p95 target. */
function indicatorRows(s) {
  const rows = [
    [
      'endpoint',
      'items/req',
      'KiB/resp',
      'requests',
      'req/s',
      'p50',
      'p95',
      'p99',
      'API: node ms/req',
      'API: database ms/req',
      `p95 ≤ ${TARGETS.indicatorP95}`,
    ],
  ];
  for (const ep of INDICATOR_ENDPOINTS) {
    const r = s.indicators[ep];
    if (!r) continue;
    rows.push([
      INDICATOR_LABEL[ep],
      r.items.toFixed(r.items % 1 ? 1 : 0),
      (r.api.avgBytes / 1024).toFixed(0),
      r.api.requests,
      r.api.rps.toFixed(0),
      ms(r.api.p50),
      ms(r.api.p95),
      ms(r.api.p99),
      ms(r.api.cpuNode),
      ms(r.api.cpuPg),
      verdict(r.api.p95 <= TARGETS.indicatorP95),
    ]);
  }
  return rows;
}

/** national / demo for the indicator endpoints: the wijk page judged as is, the tenant-wide pages also per wijk. */
function indicatorCrossRows(byName) {
  const demo = byName.demo;
  const national = byName.national;
  if (!demo || !national) return null;
  const rows = [
    ['endpoint', 'items/req demo → national', 'p50 ratio', 'p95 ratio', 'p95 ratio per item', `target ≤ ${TARGETS.crossScale}`],
  ];
  for (const ep of INDICATOR_ENDPOINTS) {
    const d = demo.indicators[ep];
    const n = national.indicators[ep];
    if (!d || !n) continue;
    const r95 = n.api.p95 / d.api.p95;
    const perItem = n.api.p95 / n.items / (d.api.p95 / d.items);
    rows.push([
      INDICATOR_LABEL[ep],
      `${d.items.toFixed(1)} → ${n.items.toFixed(1)}`,
      ratio(n.api.p50 / d.api.p50),
      ratio(r95),
      ratio(perItem),
      ep === 'wijk-indicators'
        ? verdict(r95 <= TARGETS.crossScale)
        : `${verdict(r95 <= TARGETS.crossScale)} (per item: ${verdict(perItem <= TARGETS.crossScale)})`,
    ]);
  }
  return rows;
}

function importLine(name, i) {
  const total = (i.preview.ms + i.commit.ms) / 1000;
  return `${name}: import of a national Kerncijfers file (${i.areas.toLocaleString('en')} areas × ${i.columns} columns, ${i.megabytes.toFixed(1)} MB of JSON; ${i.rows.toLocaleString('en')} values of ${i.indicators} catalogue indicators) by the operator over HTTP: preview ${(i.preview.ms / 1000).toFixed(1)} s (${Math.round(i.rows / (i.preview.ms / 1000)).toLocaleString('en')} rows/s), commit ${(i.commit.ms / 1000).toFixed(1)} s (${i.commit.new.toLocaleString('en')} new rows, ${Math.round(i.commit.new / (i.commit.ms / 1000)).toLocaleString('en')} rows/s), together ${total.toFixed(1)} s (target ≤ ${TARGETS.importSeconds} s): ${verdict(total <= TARGETS.importSeconds)}; the same file again ${(i.again.ms / 1000).toFixed(1)} s, ${i.again.unchanged.toLocaleString('en')} unchanged, nothing written`;
}

function machineFacts(pgVersion, pgSettings) {
  let git = '';
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: ROOT,
      encoding: 'utf8',
    }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], {
      cwd: ROOT,
      encoding: 'utf8',
    })
      .trim()
      .split('\n')
      .filter(Boolean).length;
    git = `${head}${dirty ? ` + ${dirty} uncommitted change(s)` : ''}`;
  } catch {
    git = 'unknown';
  }
  return [
    ['date', new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC'],
    ['cpu', `${os.availableParallelism()} cores (${os.cpus()[0]?.model ?? '?'})`],
    ['memory', `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`],
    ['node', process.version],
    ['postgresql', pgVersion],
    ['postgresql settings', pgSettings],
    [
      'load average at start / end',
      `${startLoad} / ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    ],
    ['code', git],
    [
      'run',
      `${OPT.connections} connections, ${OPT.duration} s per endpoint after ${OPT.warmup} s warm-up, ${OPT.tenants} tenants signed in, as of ${AS_OF}; SQL: ${OPT.sqlRuns} sequential runs + ${Math.max(3, Math.round(OPT.duration / 2))} s with ${OPT.connections} clients`,
    ],
  ];
}

function report(done, facts) {
  const byName = Object.fromEntries(done.map((s) => [s.name, s]));
  const text = [];
  const md = ['# Benchmark results', '', '`npm run bench` (tools/bench). Latencies in milliseconds.', ''];
  md.push(markdownTable([['', ''], ...facts]), '');
  for (const s of done) {
    const p = s.prepared;
    const scale = SCALES[s.name];
    const head = `${s.name}: ${scale.tenants} tenants, ${wijkCount(scale).toLocaleString('en')} wijken, ${p.counts.plan_actions.toLocaleString('en')} actions, ${p.counts.progress_updates.toLocaleString('en')} progress updates; generated in ${p.seconds.toFixed(0)} s${p.reused ? ' (reused)' : ''}; load over ${s.tenants} tenants / ${s.plans} plans`;
    const rows = scaleRows(s);
    const cpu = cpuRows(s);
    text.push('', head, textTable(rows), '', textTable(cpu));
    md.push(
      `## ${s.name}`,
      '',
      head + '.',
      '',
      markdownTable(rows),
      '',
      'CPU time per request, measured from /proc while loading:',
      '',
      markdownTable(cpu),
      '',
    );
    if (Object.keys(s.indicators).length) {
      const ind = indicatorRows(s);
      text.push('', `${s.name}: indicators`, textTable(ind), ...s.indicatorSkipped.map((n) => `note: ${n}`));
      md.push(
        `Indicators (${p.counts.stat_values.toLocaleString('en')} public values, ${p.counts.tenant_indicator_values.toLocaleString('en')} values of the tenants' own indicators):`,
        '',
        markdownTable(ind),
        '',
        ...s.indicatorSkipped.map((n) => `- ${n}`),
        ...(s.indicatorSkipped.length ? [''] : []),
      );
    }
    md.push(
      `<details><summary>row counts</summary>\n\n${markdownTable([['table', 'rows'], ...COUNTED_TABLES.map((t) => [t, (p.counts[t] ?? 0).toLocaleString('en')])])}\n\n</details>`,
      '',
    );
  }
  const national = byName.national?.results.dashboard;
  const targetLines = [];
  if (national) {
    targetLines.push(
      `dashboard p95 at national scale: ${ms(national.api.p95)} ms (target ≤ ${TARGETS.dashboardP95} ms): ${verdict(national.api.p95 <= TARGETS.dashboardP95)}`,
    );
    // Little's law: N clients without think time and a latency R need N / R requests per second.
    const cores = os.availableParallelism();
    const needed = OPT.connections / (TARGETS.dashboardP95 / 1000);
    targetLines.push(
      `what that target asks: ${OPT.connections} clients without think time at ≤ ${TARGETS.dashboardP95} ms need ≥ ${needed.toFixed(0)} dashboards/s, i.e. ≤ ${((cores * 1000) / needed).toFixed(1)} ms of CPU per dashboard (API + database) on ${cores} cores; measured: ${ms(national.api.cpuNode + national.api.cpuPg)} ms (API ${ms(national.api.cpuNode)} + database ${ms(national.api.cpuPg)}), the SQL baseline alone ${ms(national.sql.cpuPg)} ms`,
    );
  }
  for (const s of done) {
    const u = s.results.uncachedDashboard;
    const sql = s.results.dashboard?.sql?.concurrent;
    if (u)
      targetLines.push(
        `${s.name}: dashboard with the view cache off (every request computes it, as a first view after a change does): p50 ${ms(u.p50)}, p95 ${ms(u.p95)}, p99 ${ms(u.p99)} ms, ${u.rps.toFixed(0)} req/s; CPU per request API ${ms(u.cpuNode)} + database ${ms(u.cpuPg)} ms${sql ? `; API/SQL p50 ${ratio(u.p50 / sql.p50)}, p95 ${ratio(u.p95 / sql.p95)} (${verdict(u.p50 / sql.p50 <= TARGETS.apiOverSql && u.p95 / sql.p95 <= TARGETS.apiOverSql)})` : ''}`,
      );
  }
  for (const s of done) {
    for (const ep of INDICATOR_ENDPOINTS) {
      const r = s.indicators[ep];
      if (r && s.name === 'national')
        targetLines.push(
          `${INDICATOR_LABEL[ep]} p95 at national scale: ${ms(r.api.p95)} ms (target ≤ ${TARGETS.indicatorP95} ms): ${verdict(r.api.p95 <= TARGETS.indicatorP95)}`,
        );
    }
    if (s.importResult) targetLines.push(importLine(s.name, s.importResult));
  }
  const indicatorCross = indicatorCrossRows(byName);
  if (indicatorCross) {
    text.push('', 'indicators, national / demo', textTable(indicatorCross));
    md.push(
      '## indicators, national / demo',
      '',
      markdownTable(indicatorCross),
      '',
      "A wijk's indicator page covers one wijk at both scales and is judged as is; the signals page and the overview cover every wijk of a tenant (≈2 at demo scale, ≈10 at national scale), so they are also shown per wijk.",
      '',
    );
  }
  for (const s of done) {
    const u = s.results.uncachedIndicators;
    if (u)
      targetLines.push(
        `${s.name}: wijk indicator page with the view cache off (every request computes it, as the first view after a change or a public import does): p50 ${ms(u.p50)}, p95 ${ms(u.p95)}, p99 ${ms(u.p99)} ms, ${u.rps.toFixed(0)} req/s; CPU per request API ${ms(u.cpuNode)} + database ${ms(u.cpuPg)} ms`,
      );
  }
  const cross = crossRows(byName);
  if (cross) {
    text.push('', 'national / demo', textTable(cross));
    md.push('## national / demo', '', markdownTable(cross), '');
    md.push(
      'The dashboard covers one wijk at both scales, so its latency itself is judged. The overview covers every wijk of a tenant and "mijn acties" every action of a user\'s units; both hold more items at national scale (≈10 wijken per tenant instead of ≈2), so they are judged per item (latency / items).',
      '',
    );
  }
  if (targetLines.length) {
    text.push('', ...targetLines);
    md.push('## targets', '', ...targetLines.map((l) => `- ${l}`), '');
  }
  md.push(
    '## notes',
    '',
    `- API: p50/p95/p99 of every response in the measured window (autocannon, ${OPT.connections} connections, each request rotating over the targets' plan or tenant and session). The three views are kept in the API's view cache per tenant data version (raised by every write), and the warm-up has visited every target, so these are answers from memory after a session lookup: what users get between two changes. "Dashboard with the view cache off" measures every request computing the dashboard, as the first view after a change does; its API/SQL ratio compares like with like.`,
    `- SQL: the same aggregation as one hand-written query (tools/bench/sql-baseline.mjs), run as a prepared statement and timed from BEGIN to COMMIT with SET LOCAL ROLE wk_app and app.tenant_id as the API does; "(${OPT.connections})" = ${OPT.connections} concurrent clients (the ratio uses these), "(1)" = sequential.`,
    '- CPU per request: CPU time of the API process and of the database backends serving it (from /proc) over the measured window, divided by the responses; steadier than latency when other work shares the machine.',
    '- Dataset: tools/bench/generate.mjs. The database server runs with the settings shown above (not tuned for the benchmark).',
    '',
  );
  if (warnings.length) {
    text.push('', 'WARNINGS', ...warnings.map((w) => `- ${w}`));
    md.push('## warnings', '', ...warnings.map((w) => `- ${w}`), '');
  }
  if (errors.length) {
    text.push('', 'ERRORS', ...errors.map((e) => `- ${e}`));
    md.push('## errors', '', ...errors.map((e) => `- ${e}`), '');
  }
  log(text.join('\n'));
  writeFileSync(RESULTS, md.join('\n'));
  log(`\nWritten to ${RESULTS}`);
}

// ---- main ----
const startLoad = os
  .loadavg()
  .map((l) => l.toFixed(2))
  .join(' ');

async function main() {
  mkdirSync(WORK, { recursive: true });
  if (os.loadavg()[0] > os.availableParallelism() / 2) {
    warnings.push(`load average ${startLoad} at the start: other work is running on this machine, the figures are noisy`);
    log(`WARNING: ${warnings[warnings.length - 1]}`);
  }
  if (OPT.build) {
    log('Building the API (nx build api; cached when unchanged)…');
    const code = await runCommand('npx', ['nx', 'build', 'api', '--output-style=stream-without-prefixes']);
    if (code !== 0) throw new Error(`nx build api failed (exit ${code})`);
  }
  // A private copy: other builds of dist/ during the run do not change what is measured.
  const main = join(WORK, 'api/main.js');
  mkdirSync(dirname(main), { recursive: true });
  copyFileSync(join(ROOT, 'dist/apps/api/main.js'), main);

  // One argon2id hash (the API's settings: libs/api/core passwords.ts) for every synthetic user.
  const argon2 = require('argon2');
  const passwordHash = await argon2.hash(PASSWORD, { type: argon2.argon2id });

  const [pgVersion, pgSettings] = await withClient(dbUrl('postgres'), async (c) => {
    const v = (await c.query(`SHOW server_version`)).rows[0].server_version;
    const s = (
      await c.query(`SELECT string_agg(name || '=' || current_setting(name), ', ' ORDER BY name) AS s FROM pg_settings
                               WHERE name IN ('shared_buffers', 'work_mem', 'effective_cache_size', 'random_page_cost', 'max_connections', 'jit')`)
    ).rows[0].s;
    return [v, s];
  });
  const done = [];
  for (const name of OPT.scales) done.push(await benchScale(name, main, passwordHash));
  report(done, machineFacts(pgVersion, pgSettings));
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    await api?.stop();
    process.exit(130);
  });
}

try {
  await main();
} catch (error) {
  errors.push(error instanceof Error ? error.message : String(error));
  console.error(error);
} finally {
  if (api) await api.stop();
}
process.exit(errors.length ? 1 : 0);
