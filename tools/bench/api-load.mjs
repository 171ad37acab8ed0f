// Starts the built API against a bench database, signs users in, and loads endpoints with autocannon.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import autocannon from 'autocannon';
import { percentiles } from './stats.mjs';

/** Starts `node <main>` with the bench environment; resolves once /api/v1/health answers 200. */
export async function startApi({ main, databaseUrl, port, logFile, env = {} }) {
  const log = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(process.execPath, [...(process.env.BENCH_NODE_ARGS ? process.env.BENCH_NODE_ARGS.split(' ') : []), main], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      WK_SEED_DEMO: 'false',
      WK_WEB_DIST: '',
      LOG_LEVEL: 'warn',
      TZ: 'UTC',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  let exited = null;
  const exit = new Promise((resolve) => child.on('exit', (code, signal) => resolve((exited = { code, signal }))));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (exited) throw new Error(`API exited during start (code ${exited.code}, signal ${exited.signal}); see ${logFile}`);
    try {
      const res = await fetch(`${base}/api/v1/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`API did not answer /api/v1/health within 180 s; see ${logFile}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    base,
    pid: child.pid,
    get exited() {
      return exited;
    },
    /** Stops this API process (SIGTERM, then SIGKILL after 10 s). */
    async stop() {
      if (exited) return exited;
      child.kill('SIGTERM');
      const timer = setTimeout(() => !exited && child.kill('SIGKILL'), 10_000);
      const result = await exit;
      clearTimeout(timer);
      log.end();
      return result;
    },
  };
}

/** Signs in; returns the `wk_session=…` cookie. */
export async function signIn(base, email, password) {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in of ${email} failed: HTTP ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('wk_session='));
  if (!cookie) throw new Error(`sign-in of ${email}: no wk_session cookie`);
  const xsrf = res.headers.getSetCookie().find((c) => c.startsWith('XSRF-TOKEN='));
  const session = await res.json();
  return {
    cookie: cookie.split(';')[0],
    session,
    /** Cookie and header for writes (the CSRF check wants the XSRF-TOKEN cookie's value in X-XSRF-TOKEN). */
    write: xsrf
      ? {
          cookie: `${cookie.split(';')[0]}; ${xsrf.split(';')[0]}`,
          xsrf: decodeURIComponent(xsrf.split(';')[0].slice('XSRF-TOKEN='.length)),
        }
      : null,
  };
}

/** POST a JSON body as a signed-in user (`write` from signIn); returns status and parsed body. */
export async function postJson(base, path, write, body) {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: write.cookie, 'x-xsrf-token': write.xsrf, accept: 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: res.status, body: json, text };
}

/** GET with a session cookie: status and parsed body (null when not JSON). */
export async function getStatus(base, path, cookie) {
  const res = await fetch(`${base}${path}`, { headers: { cookie, accept: 'application/json' } });
  const text = await res.text();
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: res.status, body: json };
}

/** GET with a session cookie; throws on non-2xx. */
export async function getJson(base, path, cookie) {
  const res = await fetch(`${base}${path}`, { headers: { cookie } });
  const text = await res.text();
  if (!res.ok) throw new Error(`GET ${path}: HTTP ${res.status} ${text.slice(0, 300)}`);
  return JSON.parse(text);
}

/**
 * Loads the API with `connections` concurrent clients for `seconds`; every request takes the next
 * `{ path, cookie }` from `targets` (round robin over all clients). Latencies are recorded per response, in
 * milliseconds with sub-millisecond precision, so that p95 is exact (autocannon itself reports p97.5).
 */
export async function load({ base, targets, connections, seconds }) {
  let next = 0;
  const latencies = [];
  const statuses = {};
  let bytes = 0;
  const url = new URL(base);
  const instance = autocannon({
    url: base,
    connections,
    duration: seconds,
    pipelining: 1,
    timeout: 30,
    requests: [
      {
        method: 'GET',
        setupRequest: (req) => {
          const t = targets[next++ % targets.length];
          return {
            ...req,
            path: t.path,
            headers: {
              ...req.headers,
              host: url.host,
              cookie: t.cookie,
              accept: 'application/json',
            },
          };
        },
      },
    ],
  });
  instance.on('response', (_client, statusCode, resBytes, responseTime) => {
    latencies.push(responseTime);
    statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    bytes += resBytes;
  });
  const result = await instance;
  const non2xx = Object.entries(statuses).reduce((n, [code, count]) => (code >= 200 && code < 300 ? n : n + count), 0);
  return {
    requests: latencies.length,
    rps: latencies.length / result.duration,
    ...percentiles(latencies),
    avgBytes: latencies.length ? Math.round(bytes / latencies.length) : 0,
    non2xx,
    statuses,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}
