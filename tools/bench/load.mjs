// npm run bench:load: simulated users with think time against the built API on a private PostgreSQL cluster, with
// an optional real restart of that cluster in the middle of the run (--restart-db-at <s>). Reports per operation
// count, errors, p50/p95/p99 and throughput; errors outside the restart window (must be 0) apart from the 503s
// inside it; the time from "database ready" to the first 2xx; and checks afterwards in the database that no write
// was lost, doubled or half done. Writes tools/bench/results-load.md. See tools/bench/README.md.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import pg from 'pg';
import { run as runCommand } from '../run.mjs';
import { startApi } from './api-load.mjs';
import { AS_OF, benchEmail, generate, SCALES, UNITS_PER_TENANT } from './generate.mjs';
import { privateCluster } from './private-pg.mjs';
import { markdownTable, ms, percentiles, textTable } from './stats.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const WORK = join(ROOT, 'tmp/bench/load');
const require = createRequire(import.meta.url);

// ---- options: environment, and --restart-db-at / --restart-mode / --keep-db on the command line ----
const env = process.env;
function int(name, fallback, min = 0) {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const v = Number(raw);
  if (!Number.isInteger(v) || v < min) throw new Error(`${name} must be a whole number >= ${min}, got "${raw}"`);
  return v;
}
function arg(name) {
  const i = process.argv.indexOf(name);
  if (i === -1) return undefined;
  const value = process.argv[i + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`${name} needs a value`);
  return value;
}
const restartAtRaw = arg('--restart-db-at') ?? env.LOAD_RESTART_AT;
const OPT = {
  users: int('LOAD_USERS', 200, 1),
  duration: int('LOAD_DURATION', 60, 1),
  thinkMin: int('LOAD_THINK_MIN_MS', 1000),
  thinkMax: int('LOAD_THINK_MAX_MS', 3000),
  plannerShare: int('LOAD_PLANNER_PERCENT', 40),
  port: int('LOAD_PORT', 3410, 1),
  pgPort: int('LOAD_PG_PORT', 5499, 1),
  pgDir: env.LOAD_PG_DIR || '/tmp/wk-load-pg',
  downSeconds: int('LOAD_DOWN_SECONDS', 5),
  restartAt: restartAtRaw === undefined ? null : Number(restartAtRaw),
  restartMode: arg('--restart-mode') ?? env.LOAD_RESTART_MODE ?? 'stop-start',
  keepDb: process.argv.includes('--keep-db') || env.LOAD_KEEP_DB === '1',
  build: env.LOAD_SKIP_BUILD !== '1',
  today: env.LOAD_TODAY || '2026-12-15',
  results: resolve(ROOT, env.LOAD_RESULTS || 'tools/bench/results-load.md'),
  seed: int('LOAD_SEED', 20261205),
};
if (OPT.thinkMax < OPT.thinkMin) throw new Error('LOAD_THINK_MAX_MS must be >= LOAD_THINK_MIN_MS');
if (OPT.restartAt !== null && !(OPT.restartAt > 0 && OPT.restartAt < OPT.duration))
  throw new Error(`--restart-db-at must be a number of seconds between 0 and the duration (${OPT.duration}), got "${restartAtRaw}"`);
if (!['stop-start', 'restart'].includes(OPT.restartMode)) throw new Error('--restart-mode must be stop-start or restart');
if (OPT.plannerShare > 100) throw new Error('LOAD_PLANNER_PERCENT must be at most 100');

const PASSWORD = 'Bench-wachtwoord-2026';
const SCALE = SCALES.demo;
const DATABASE = 'wk_load';
/** After the database is ready again, the API must serve within this many milliseconds. */
const RECOVERY_LIMIT_MS = 5000;
const RUN_ID = `L${Date.now().toString(36)}`;

const log = (line = '') => console.log(line);

/** A seeded random generator (mulberry32): the same users do the same things in every run. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const sleep = (msec) => new Promise((r) => setTimeout(r, msec));

async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url, application_name: 'wk-load' });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function migrate(main, url, logFile) {
  return new Promise((resolvePromise, reject) => {
    const out = createWriteStream(logFile, { flags: 'a' });
    const child = spawn(process.execPath, [main, '--migrate-only'], {
      env: { ...env, DATABASE_URL: url, WK_SEED_DEMO: 'false', LOG_LEVEL: 'warn', TZ: 'UTC' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.pipe(out);
    child.stderr.pipe(out);
    child.on('exit', (code) => (code === 0 ? resolvePromise() : reject(new Error(`migrations failed (exit ${code}); see ${logFile}`))));
  });
}

/** The e-mail of the n-th extra user of a role in tenant t (the generator made number 1 of each). */
const loadEmail = (role, t, n) =>
  n === 1 ? benchEmail(role, t) : `${role}-${String(n).padStart(3, '0')}@bench-${String(t).padStart(3, '0')}.wijkkompas.test`;

/**
 * Extra planners and contributors per tenant with the generator's password (same hash), the contributors members of
 * units 1 and 2 like the generator's own, so that every simulated user has an account of its own.
 */
async function addUsers(client, perTenant) {
  const { planners, contributors } = perTenant;
  await client.query(
    `WITH u AS (
       SELECT t, r, n, md5('load-user:' || t || ':' || r || ':' || n)::uuid AS user_id, md5('load-account:' || t || ':' || r || ':' || n)::uuid AS account_id,
              r || '-' || lpad(n::text, 3, '0') || '@bench-' || lpad(t::text, 3, '0') || '.wijkkompas.test' AS email
         FROM generate_series(1, $1::int) t,
              LATERAL (SELECT 'planner' AS r, n FROM generate_series(2, $2::int) n
                       UNION ALL SELECT 'contributor', n FROM generate_series(2, $3::int) n) x),
     a AS (INSERT INTO accounts (id, email, password_hash, created_at, updated_at, version)
           SELECT u.account_id, u.email, acc.password_hash, now(), now(), 1 FROM u
             JOIN accounts acc ON acc.email = 'planner@bench-001.wijkkompas.test' RETURNING id),
     us AS (INSERT INTO users (id, tenant_id, account_id, email, name, role, active, created_at, updated_at, version)
            SELECT u.user_id, md5('tenant:' || u.t)::uuid, u.account_id, u.email,
                   CASE u.r WHEN 'planner' THEN 'Planner ' ELSE 'Trekker ' END || u.n || ' Benchgemeente ' || lpad(u.t::text, 3, '0'),
                   u.r, true, now(), now(), 1 FROM u WHERE EXISTS (SELECT 1 FROM a) RETURNING id)
     INSERT INTO org_unit_members (tenant_id, org_unit_id, user_id)
     SELECT md5('tenant:' || u.t)::uuid, md5('unit:' || ((u.t - 1) * ${UNITS_PER_TENANT} + k))::uuid, u.user_id
       FROM u, generate_series(1, 2) k WHERE u.r = 'contributor' AND EXISTS (SELECT 1 FROM us)`,
    [SCALE.tenants, planners, contributors],
  );
  // The generator's ids are md5 hashes, which the API's uuid check on request bodies refuses: the planners' drafts
  // cover a wijk with a random (version 4) id.
  await client.query(
    `INSERT INTO wijken (id, tenant_id, name, population, population_year, population_source, role_in_city, created_at, updated_at, version)
     SELECT gen_random_uuid(), id, 'Loadwijk ' || slug, 5000, 2024, 'Synthetisch (belastingtest)', 'Wijk voor de concepten van de belastingtest.', now(), now(), 1
       FROM tenants`,
  );
}

/** Signs in through the API: the session cookie, the XSRF cookie and header value. */
async function signIn(base, email) {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`sign-in of ${email}: HTTP ${res.status} ${await res.text()}`);
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]);
  const session = cookies.find((c) => c.startsWith('wk_session='));
  const xsrf = cookies.find((c) => c.startsWith('XSRF-TOKEN='));
  if (!session || !xsrf) throw new Error(`sign-in of ${email}: no session or XSRF cookie`);
  await res.arrayBuffer();
  return { cookie: `${session}; ${xsrf}`, xsrf: decodeURIComponent(xsrf.slice('XSRF-TOKEN='.length)) };
}

/** One HTTP call of a user: status, parsed body, problem code, and when it started and ended (performance.now()). */
async function call(base, user, method, path, body) {
  const start = performance.now();
  try {
    const res = await fetch(`${base}/api/v1${path}`, {
      method,
      headers: {
        cookie: user.auth.cookie,
        accept: 'application/json',
        ...(body !== undefined ? { 'content-type': 'application/json', 'x-xsrf-token': user.auth.xsrf } : {}),
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(30_000),
    });
    const text = await res.text();
    let json = null;
    try {
      json = JSON.parse(text);
    } catch {
      // not JSON
    }
    return {
      start,
      end: performance.now(),
      status: res.status,
      body: json,
      code: res.status >= 400 ? (json?.code ?? null) : null,
      problemJson: (res.headers.get('content-type') ?? '').startsWith('application/problem+json'),
      retryAfter: res.headers.get('retry-after'),
    };
  } catch (error) {
    return {
      start,
      end: performance.now(),
      status: 0,
      body: null,
      code: error?.cause?.code ?? error?.name ?? 'network',
      problemJson: false,
      retryAfter: null,
    };
  }
}

const OPS = ['dashboard', 'overview', 'my-actions', 'progress update', 'plan edit', 'plan reload'];

async function main() {
  mkdirSync(WORK, { recursive: true });
  const startLoad = os.loadavg();
  if (OPT.build) {
    log('Building the API (nx build api; cached when unchanged)…');
    const code = await runCommand('npx', ['nx', 'build', 'api', '--output-style=stream-without-prefixes']);
    if (code !== 0) throw new Error(`nx build api failed (exit ${code})`);
  }
  const mainJs = join(WORK, 'api/main.js');
  mkdirSync(dirname(mainJs), { recursive: true });
  copyFileSync(join(ROOT, 'dist/apps/api/main.js'), mainJs);

  // ---- the private cluster and its data ----
  const cluster = privateCluster({ dir: OPT.pgDir, port: OPT.pgPort, fresh: true });
  cleanup = () => cluster.destroy({ keep: OPT.keepDb });
  log(`Private PostgreSQL cluster in ${cluster.dir} on port ${cluster.port} (${cluster.version()})…`);
  await cluster.start();
  let api = null;
  try {
    const url = cluster.url(DATABASE);
    await withClient(cluster.url(), (c) => c.query(`CREATE DATABASE ${DATABASE}`));
    const apiLog = join(WORK, 'api.log');
    writeFileSync(apiLog, '');
    await migrate(mainJs, url, apiLog);
    const argon2 = require('argon2');
    const passwordHash = await argon2.hash(PASSWORD, { type: argon2.argon2id });
    const planners = Math.round((OPT.users * OPT.plannerShare) / 100);
    const contributors = OPT.users - planners;
    const perTenant = {
      planners: Math.max(1, Math.ceil(planners / SCALE.tenants)),
      contributors: Math.max(1, Math.ceil(contributors / SCALE.tenants)),
    };
    log(
      `Generating the demo data set (${SCALE.tenants} gemeenten) and ${perTenant.planners} planners + ${perTenant.contributors} trekkers per gemeente…`,
    );
    const tenants = await withClient(url, async (c) => {
      await generate(c, SCALE, passwordHash, () => undefined);
      await addUsers(c, perTenant);
      await c.query('VACUUM ANALYZE');
      const out = [];
      for (let t = 1; t <= SCALE.tenants; t++) {
        const id = (await c.query(`SELECT md5('tenant:' || $1::int)::uuid AS id`, [t])).rows[0].id;
        const plans = (await c.query(`SELECT id FROM plans WHERE tenant_id = $1 ORDER BY title`, [id])).rows.map((r) => r.id);
        const wijken = (await c.query(`SELECT id FROM wijken WHERE tenant_id = $1 AND name LIKE 'Loadwijk %'`, [id])).rows.map((r) => r.id);
        out.push({ t, id, plans, wijken });
      }
      return out;
    });

    // ---- the API, the users ----
    api = await startApi({
      main: mainJs,
      databaseUrl: url,
      port: OPT.port,
      logFile: apiLog,
      env: { WK_TODAY: OPT.today, WK_REMINDER_TICK_SECONDS: '0' },
    });
    const base = api.base;
    const rnd = random(OPT.seed);
    const users = [];
    for (let i = 0; i < OPT.users; i++) {
      const planner = i < planners;
      const k = planner ? i : i - planners;
      const tenant = tenants[k % tenants.length];
      users.push({
        i,
        role: planner ? 'planner' : 'contributor',
        tenant,
        email: loadEmail(planner ? 'planner' : 'contributor', tenant.t, Math.floor(k / tenants.length) + 1),
      });
    }
    log(`API started (pid ${api.pid}); signing in ${planners} planners and ${contributors} trekkers, each with a session of their own…`);
    let next = 0;
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (next < users.length) {
          const u = users[next++];
          u.auth = await signIn(base, u.email);
          if (u.role === 'planner') {
            // Every planner edits a draft of their own (an adopted plan cannot be changed).
            const created = await call(base, u, 'POST', '/plans', {
              title: `Concept ${u.email.split('@')[0]} ${RUN_ID}`,
              wijkIds: [u.tenant.wijken[0]],
              startYear: 2027,
              endYear: 2040,
            });
            if (created.status !== 201) throw new Error(`draft of ${u.email}: HTTP ${created.status} ${JSON.stringify(created.body)}`);
            u.draft = { id: created.body.id, version: created.body.version, initialVersion: created.body.version, stale: false };
          } else {
            const mine = await call(base, u, 'GET', `/my-actions?asOf=${AS_OF}`);
            if (mine.status !== 200 || !mine.body.items.length)
              throw new Error(`my-actions of ${u.email}: HTTP ${mine.status}, ${mine.body?.items?.length} items`);
            u.actions = mine.body.items.map((a) => a.actionId);
          }
        }
      }),
    );

    // ---- the run ----
    const records = [];
    const writes = {
      updates: [],
      edits: [],
      initialVersions: new Map(users.filter((u) => u.draft).map((u) => [u.draft.id, u.draft.initialVersion])),
    };
    const timeline = {};
    const t0 = performance.now();
    const end = t0 + OPT.duration * 1000;
    const think = () => OPT.thinkMin + rnd() * (OPT.thinkMax - OPT.thinkMin);
    const record = (op, r) => {
      records.push({ op, ...r });
      return r;
    };

    async function plannerStep(u) {
      const p = rnd();
      if (p < 0.5) {
        const plan = u.tenant.plans[Math.floor(rnd() * u.tenant.plans.length)];
        return record('dashboard', await call(base, u, 'GET', `/plans/${plan}/dashboard?asOf=${AS_OF}`));
      }
      if (p < 0.65) return record('overview', await call(base, u, 'GET', `/overview?asOf=${AS_OF}`));
      const d = u.draft;
      if (d.stale) {
        // After an answer that did not say what happened, the client reads the plan again before editing it.
        const r = record('plan reload', await call(base, u, 'GET', `/plans/${d.id}`));
        if (r.status === 200) {
          d.version = r.body.version;
          d.stale = false;
        }
        return r;
      }
      const vision = `Visie ${RUN_ID} ${u.i} #${writes.edits.filter((e) => e.user === u.i).length + 1}`;
      const r = record('plan edit', await call(base, u, 'PATCH', `/plans/${d.id}`, { version: d.version, vision }));
      writes.edits.push({ user: u.i, planId: d.id, vision, status: r.status, version: r.status === 200 ? r.body.version : null });
      if (r.status === 200) d.version = r.body.version;
      else d.stale = true;
      return r;
    }

    async function contributorStep(u) {
      if (rnd() < 0.5) return record('my-actions', await call(base, u, 'GET', `/my-actions?asOf=${AS_OF}`));
      const actionId = u.actions[Math.floor(rnd() * u.actions.length)];
      const narrative = `Voortgang ${RUN_ID} ${u.i} #${writes.updates.filter((w) => w.user === u.i).length + 1}`;
      const r = record(
        'progress update',
        await call(base, u, 'POST', `/actions/${actionId}/updates`, {
          year: 2026,
          quarter: 4,
          status: 'on_track',
          percentComplete: 40 + Math.floor(rnd() * 50),
          narrative,
          spentCents: 100 * (1 + Math.floor(rnd() * 100)),
        }),
      );
      writes.updates.push({ user: u.i, actionId, narrative, status: r.status, id: r.status === 201 ? r.body?.id : null });
      return r;
    }

    async function userLoop(u) {
      await sleep(rnd() * OPT.thinkMax); // the users do not all arrive at the same moment
      while (performance.now() < end) {
        await (u.role === 'planner' ? plannerStep(u) : contributorStep(u));
        const pause = think();
        if (performance.now() + pause >= end) break;
        await sleep(pause);
      }
    }

    async function restarter() {
      if (OPT.restartAt === null) return;
      await sleep(OPT.restartAt * 1000);
      log(
        `  ${OPT.restartAt} s: restarting PostgreSQL (${OPT.restartMode === 'restart' ? 'pg_ctl restart -m fast' : `pg_ctl stop -m fast, ${OPT.downSeconds} s down, pg_ctl start`})`,
      );
      timeline.stopIssued = performance.now();
      if (OPT.restartMode === 'restart') {
        await cluster.restart();
      } else {
        await cluster.stop();
        timeline.down = performance.now();
        await sleep(OPT.downSeconds * 1000);
        timeline.startIssued = performance.now();
        await cluster.startAgain();
      }
      timeline.ready = await cluster.waitReady(60_000);
      log(`  database ready ${((timeline.ready - timeline.stopIssued) / 1000).toFixed(1)} s after the stop`);
    }

    log(
      `Running ${OPT.users} users for ${OPT.duration} s (think time ${OPT.thinkMin}–${OPT.thinkMax} ms)${OPT.restartAt !== null ? `, PostgreSQL restarted at ${OPT.restartAt} s` : ''}…`,
    );
    const loadDuring = [];
    const sampler = setInterval(() => loadDuring.push(os.loadavg()[0]), 5000);
    await Promise.all([...users.map(userLoop), restarter()]);
    clearInterval(sampler);
    const elapsed = (performance.now() - t0) / 1000;
    const apiAlive = api.exited === null;

    // ---- windows and recovery ----
    const window = timeline.stopIssued !== undefined ? { from: timeline.stopIssued, to: timeline.ready + RECOVERY_LIMIT_MS } : null;
    const inWindow = (r) => window !== null && r.start < window.to && r.end > window.from;
    const ok = (r) => r.status >= 200 && r.status < 300;
    let recovery = null;
    if (window) {
      const after = records.filter((r) => ok(r) && r.start >= timeline.ready).sort((a, b) => a.end - b.end);
      const served = records.filter((r) => ok(r) && r.end >= timeline.ready).sort((a, b) => a.end - b.end);
      const unavailable = records.filter((r) => r.status === 503);
      recovery = {
        firstOkMs: after.length ? after[0].end - timeline.ready : Infinity,
        firstOkAnyMs: served.length ? served[0].end - timeline.ready : Infinity,
        lastUnavailableMs: unavailable.length ? Math.max(...unavailable.map((r) => r.end)) - timeline.ready : null,
        firstUnavailableMs: unavailable.some((r) => r.end >= timeline.stopIssued)
          ? Math.min(...unavailable.filter((r) => r.end >= timeline.stopIssued).map((r) => r.end)) - timeline.stopIssued
          : null,
        outageMs: timeline.ready - timeline.stopIssued,
        stopMs: timeline.down !== undefined ? timeline.down - timeline.stopIssued : null,
        startMs: timeline.startIssued !== undefined ? timeline.ready - timeline.startIssued : null,
      };
    }
    const rows = [
      [
        'operation',
        'requests',
        '2xx',
        '503 in window',
        'errors outside window',
        'other in window',
        'req/s',
        'p50 ms',
        'p95 ms',
        'p99 ms',
        'max ms',
      ],
    ];
    const byOp = {};
    for (const op of OPS) {
      const rs = records.filter((r) => r.op === op);
      if (!rs.length) continue;
      const lat = percentiles(rs.filter(ok).map((r) => r.end - r.start));
      const s = {
        ...lat,
        n: rs.length,
        ok: rs.filter(ok).length,
        unavailableIn: rs.filter((r) => !ok(r) && inWindow(r) && r.status === 503).length,
        errorsOut: rs.filter((r) => !ok(r) && !inWindow(r)).length,
        otherIn: rs.filter((r) => !ok(r) && inWindow(r) && r.status !== 503).length,
        rps: rs.length / elapsed,
      };
      byOp[op] = s;
      rows.push([op, s.n, s.ok, s.unavailableIn, s.errorsOut, s.otherIn, s.rps.toFixed(1), ms(s.p50), ms(s.p95), ms(s.p99), ms(s.max)]);
    }
    const all = percentiles(records.filter(ok).map((r) => r.end - r.start));
    const total = {
      n: records.length,
      ok: records.filter(ok).length,
      unavailableIn: records.filter((r) => !ok(r) && inWindow(r) && r.status === 503).length,
      errorsOut: records.filter((r) => !ok(r) && !inWindow(r)).length,
      otherIn: records.filter((r) => !ok(r) && inWindow(r) && r.status !== 503).length,
    };
    rows.push([
      'all',
      total.n,
      total.ok,
      total.unavailableIn,
      total.errorsOut,
      total.otherIn,
      (total.n / elapsed).toFixed(1),
      ms(all.p50),
      ms(all.p95),
      ms(all.p99),
      ms(all.max),
    ]);
    // The same figures per phase: before the restart, inside the window, after it.
    const phaseRows = [['phase', 'seconds', 'requests', '2xx', 'non-2xx', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms']];
    const phases = window
      ? [
          ['before the restart', t0, window.from, (r) => r.end <= window.from],
          ['restart window', window.from, window.to, inWindow],
          ['after the window', window.to, t0 + elapsed * 1000, (r) => r.start >= window.to],
        ]
      : [['whole run', t0, t0 + elapsed * 1000, () => true]];
    for (const [name, from, to, match] of phases) {
      const rs = records.filter(match);
      const lat = percentiles(rs.filter(ok).map((r) => r.end - r.start));
      const seconds = (to - from) / 1000;
      phaseRows.push([
        name,
        seconds.toFixed(1),
        rs.length,
        rs.filter(ok).length,
        rs.filter((r) => !ok(r)).length,
        (rs.length / seconds).toFixed(1),
        ms(lat.p50),
        ms(lat.p95),
        ms(lat.p99),
      ]);
    }
    writeFileSync(
      join(WORK, 'records.json'),
      JSON.stringify({
        timeline: Object.fromEntries(Object.entries(timeline).map(([k, v]) => [k, v - t0])),
        records: records.map((r) => ({ op: r.op, start: r.start - t0, end: r.end - t0, status: r.status, code: r.code })),
      }),
    );
    const badUnavailable = records.filter(
      (r) => r.status === 503 && (r.code !== 'database_unavailable' || !r.problemJson || !r.retryAfter),
    ).length;
    const errorKinds = {};
    for (const r of records.filter((x) => !ok(x))) {
      const key = `${inWindow(r) ? 'in' : 'outside'} window: ${r.op} ${r.status}${r.code ? ` ${r.code}` : ''}`;
      errorKinds[key] = (errorKinds[key] ?? 0) + 1;
    }

    // ---- consistency: every acknowledged write is there once, nothing else is ----
    const checks = await withClient(url, (c) => checkWrites(c, writes, tenants));
    if (api) await api.stop();
    api = null;

    // ---- report ----
    const pgVersion = cluster.version();
    const facts = {
      date: new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC',
      cores: os.availableParallelism(),
      cpu: os.cpus()[0]?.model ?? 'unknown',
      loadStart: startLoad.map((l) => l.toFixed(2)).join(' '),
      loadDuring: loadDuring.length ? `${Math.min(...loadDuring).toFixed(1)}–${Math.max(...loadDuring).toFixed(1)}` : '–',
      node: process.version,
      pg: pgVersion,
    };
    const verdicts = [
      ['API process kept running (same pid, never exited)', apiAlive],
      ['errors outside the restart window = 0', total.errorsOut === 0],
      ['inside the window only 503 database_unavailable (problem+json, Retry-After), no 500', total.otherIn === 0 && badUnavailable === 0],
      ...(recovery
        ? [
            [
              `first 2xx within ${RECOVERY_LIMIT_MS / 1000} s after the database is ready (${ms(recovery.firstOkMs)} ms)`,
              recovery.firstOkMs <= RECOVERY_LIMIT_MS,
            ],
          ]
        : []),
      ...checks.map((ch) => [ch.name, ch.ok]),
    ];
    const failed = verdicts.filter(([, v]) => !v).length;
    const text = [
      '',
      textTable(rows),
      '',
      textTable(phaseRows),
      '',
      ...(recovery
        ? [
            `restart: database away ${(recovery.outageMs / 1000).toFixed(1)} s (stop issued → ready); first 503 ${ms(recovery.firstUnavailableMs)} ms after the stop; first 2xx ${ms(recovery.firstOkMs)} ms after ready (any 2xx ending after ready: ${ms(recovery.firstOkAnyMs)} ms); last 503 ${lastUnavailable(recovery)}`,
          ]
        : []),
      ...Object.entries(errorKinds).map(([k, n]) => `  ${k}: ${n}`),
      '',
      ...verdicts.map(([name, v]) => `${v ? 'PASS' : 'FAIL'}  ${name}`),
    ];
    log(text.join('\n'));
    const md = [
      '# Load test with a database restart (`npm run bench:load`)',
      '',
      `Measured ${facts.date} on the development machine: ${facts.cores} cores (${facts.cpu}) **shared with other workers** (load average ${facts.loadStart} at the start, ${facts.loadDuring} during the run), so the latencies are pessimistic; the load generator, the API and PostgreSQL run on the same machine. Node ${facts.node}; ${facts.pg}, a private cluster (initdb in \`${OPT.pgDir}\`, port ${OPT.pgPort}, default settings) that the test stops and starts for real.`,
      '',
      `Command: \`npm run bench:load --${OPT.restartAt !== null ? ` --restart-db-at ${OPT.restartAt}${OPT.restartMode !== 'stop-start' ? ` --restart-mode ${OPT.restartMode}` : ''}` : ''}\` — ${OPT.users} users (${planners} planners, ${contributors} trekkers, each signed in with an account of their own) for ${OPT.duration} s, think time ${OPT.thinkMin / 1000}–${OPT.thinkMax / 1000} s between requests; data: the demo scale of \`generate.mjs\` (${SCALE.tenants} gemeenten, 11 adopted plans, 440 actions, 17,600 updates). Planners: 50 % a plan's dashboard, 15 % the overview, 35 % an edit of their own draft plan (\`PATCH /plans/:id\` with its version; after an answer without a result the plan is read again first: "plan reload"). Trekkers: 50 % "mijn acties", 50 % a progress update (\`POST /actions/:id/updates\`, 2026-Q4). The API (\`dist/apps/api/main.js\`) runs as a child process with \`DATABASE_URL\`, pool of 10, \`WK_TODAY=${OPT.today}\`.`,
      '',
      '## Per operation',
      '',
      markdownTable(rows),
      '',
      markdownTable(phaseRows),
      '',
      `Latency: of the 2xx answers, from sending the request to the whole body. "Errors outside window": any non-2xx or network error of a request that did not overlap the restart window (from the stop command until ${RECOVERY_LIMIT_MS / 1000} s after the database was ready again); must be 0.`,
      '',
      ...(recovery
        ? [
            '## The restart',
            '',
            `- ${OPT.restartMode === 'restart' ? '`pg_ctl restart -m fast`' : `\`pg_ctl stop -m fast\`, ${OPT.downSeconds} s down, \`pg_ctl start\``} at ${OPT.restartAt} s; the database was away ${(recovery.outageMs / 1000).toFixed(1)} s (stop command → first successful \`SELECT 1\` of a probe${recovery.stopMs !== null ? `; the stop took ${ms(recovery.stopMs)} ms, the start until ready ${ms(recovery.startMs)} ms` : ''}).`,
            `- First 503 \`database_unavailable\` ${ms(recovery.firstUnavailableMs)} ms after the stop command; ${total.unavailableIn} answers 503 in the window, all \`application/problem+json\` with \`Retry-After\`: ${badUnavailable === 0 ? 'yes' : `no (${badUnavailable} without)`}; other errors in the window: ${total.otherIn}.`,
            `- **Served again ${ms(recovery.firstOkMs)} ms after the database was ready** (first 2xx of a request sent after that moment; limit ${RECOVERY_LIMIT_MS} ms); last 503 ${lastUnavailable(recovery)}.`,
            `- The API process kept running: ${apiAlive ? 'yes' : 'NO'}.`,
            '',
          ]
        : []),
      '## Writes checked in the database afterwards',
      '',
      ...checks.map((ch) => `- ${ch.ok ? 'PASS' : 'FAIL'} ${ch.name}: ${ch.detail}`),
      '',
      ...(Object.keys(errorKinds).length
        ? ['## Non-2xx answers', '', ...Object.entries(errorKinds).map(([k, n]) => `- ${k}: ${n}`), '']
        : []),
      '## Verdict',
      '',
      ...verdicts.map(([name, v]) => `- ${v ? 'PASS' : 'FAIL'} ${name}`),
      '',
    ];
    writeFileSync(OPT.results, md.join('\n'));
    log(`\nWritten to ${OPT.results}`);
    return failed;
  } finally {
    if (api) await api.stop();
    cluster.destroy({ keep: OPT.keepDb });
  }
}

const lastUnavailable = (recovery) =>
  recovery.lastUnavailableMs === null
    ? '–'
    : recovery.lastUnavailableMs < 0
      ? `${ms(-recovery.lastUnavailableMs)} ms before the database was ready`
      : `${ms(recovery.lastUnavailableMs)} ms after the database was ready`;

/**
 * Checks the writes of the run in the database (as the owner, so row-level security does not hide anything):
 * - every progress update answered 2xx is there exactly once (by its narrative and its id), an update whose answer
 *   said nothing (503, no answer) is there at most once, and no other update of this run exists;
 * - every tenant's per-action year summaries (kept by a trigger) equal a rebuild from the updates;
 * - every draft's version, vision and audit trail agree: each landed edit raised the version by exactly one and
 *   wrote one audit event, the acknowledged edits all landed, and the vision is that of the last one.
 */
async function checkWrites(c, writes, tenants) {
  const checks = [];
  const okW = (w) => w.status >= 200 && w.status < 300;

  const rows = (await c.query(`SELECT id, narrative FROM progress_updates WHERE narrative LIKE $1`, [`Voortgang ${RUN_ID} %`])).rows;
  const byNarrative = new Map();
  for (const r of rows) byNarrative.set(r.narrative, [...(byNarrative.get(r.narrative) ?? []), r.id]);
  const acked = writes.updates.filter(okW);
  const unknown = writes.updates.filter((w) => !okW(w));
  const ackedWrong = acked.filter((w) => (byNarrative.get(w.narrative) ?? []).length !== 1 || byNarrative.get(w.narrative)[0] !== w.id);
  const unknownLanded = unknown.filter((w) => (byNarrative.get(w.narrative) ?? []).length === 1).length;
  const unknownDoubled = unknown.filter((w) => (byNarrative.get(w.narrative) ?? []).length > 1).length;
  const sent = new Set(writes.updates.map((w) => w.narrative));
  const strangers = rows.filter((r) => !sent.has(r.narrative)).length;
  checks.push({
    name: 'progress updates: each acknowledged one exactly once, nothing else',
    ok: ackedWrong.length === 0 && unknownDoubled === 0 && strangers === 0 && rows.length === acked.length + unknownLanded,
    detail: `${acked.length} acknowledged (2xx), ${rows.length} rows of this run in the table; ${ackedWrong.length} acknowledged missing, doubled or under another id; of the ${unknown.length} not acknowledged (503 or no answer) ${unknownLanded} landed (committed before the answer was lost) and ${unknownDoubled} twice; ${strangers} rows nobody sent`,
  });

  // The summaries: compare with a rebuild inside a transaction that is rolled back.
  const snapshot = async () =>
    (
      await c.query(
        `SELECT md5(string_agg(row_to_json(s)::text, '|' ORDER BY s.tenant_id, s.lineage_id, s.action_key, s.year)) AS h, count(*)::int AS n
           FROM progress_action_years s WHERE s.tenant_id = ANY($1::uuid[])`,
        [tenants.map((t) => t.id)],
      )
    ).rows[0];
  await c.query('BEGIN');
  const before = await snapshot();
  for (const t of tenants) await c.query(`SELECT wk_progress_years_rebuild($1)`, [t.id]);
  const after = await snapshot();
  await c.query('ROLLBACK');
  checks.push({
    name: 'progress summaries (progress_action_years) equal a rebuild from the updates',
    ok: before.h === after.h && before.n === after.n,
    detail: `${before.n} summary rows; ${before.h === after.h ? 'identical after wk_progress_years_rebuild' : 'DIFFERENT after wk_progress_years_rebuild'}`,
  });

  const plans = new Map();
  for (const e of writes.edits) plans.set(e.planId, [...(plans.get(e.planId) ?? []), e]);
  let bad = 0;
  let landedUnknown = 0;
  let ackedEdits = 0;
  const problems = [];
  for (const [planId, edits] of plans) {
    const plan = (await c.query(`SELECT version, vision FROM plans WHERE id = $1`, [planId])).rows[0];
    const audit = (
      await c.query(
        `SELECT after->>'vision' AS vision FROM audit_events WHERE object_id = $1 AND action = 'plan.updated' ORDER BY occurred_at, id`,
        [planId],
      )
    ).rows.map((r) => r.vision);
    const ack = edits.filter(okW);
    ackedEdits += ack.length;
    const landed = new Set(audit);
    const unknownHere = edits.filter((e) => !okW(e) && landed.has(e.vision)).length;
    landedUnknown += unknownHere;
    const sentHere = new Set(edits.map((e) => e.vision));
    const ackedLanded = ack.every((e) => audit.filter((v) => v === e.vision).length === 1);
    const versionsOk = ack.every((e, k) => k === 0 || e.version > ack[k - 1].version);
    const lastLanded = [...edits].reverse().find((e) => landed.has(e.vision));
    const consistent =
      ackedLanded &&
      versionsOk &&
      audit.every((v) => sentHere.has(v)) &&
      audit.length === new Set(audit).size &&
      plan.version === writes.initialVersions.get(planId) + audit.length && // one version per landed edit
      audit.length === ack.length + unknownHere &&
      (lastLanded ? plan.vision === lastLanded.vision : true);
    if (!consistent) {
      bad++;
      if (problems.length < 3)
        problems.push(`${planId}: version ${plan.version}, ${audit.length} audit events, ${ack.length} acknowledged edits`);
    }
  }
  checks.push({
    name: 'plan edits: version, vision and audit trail agree with the acknowledged edits',
    ok: bad === 0,
    detail: `${plans.size} drafts, ${ackedEdits} acknowledged edits, ${writes.edits.length - ackedEdits} not acknowledged of which ${landedUnknown} landed; ${bad} drafts inconsistent${problems.length ? ` (${problems.join('; ')})` : ''}`,
  });
  return checks;
}

/** Stops the private cluster when the run is interrupted (the API child ends with this process's pipes). */
let cleanup = () => undefined;
for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, () => {
    try {
      cleanup();
    } finally {
      process.exit(130);
    }
  });

try {
  const failed = await main();
  process.exit(failed ? 1 : 0);
} catch (error) {
  console.error(error);
  process.exit(1);
}
