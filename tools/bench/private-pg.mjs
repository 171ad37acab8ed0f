// A private PostgreSQL cluster for the load test: made with initdb in a folder of its own, on a port of its own,
// so that the load test can stop and start it for real without touching the shared server (127.0.0.1:5432).
// As root the PostgreSQL programs run as the `postgres` OS user (runuser), as PostgreSQL refuses to run as root.
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';

/** The bin folder of the newest PostgreSQL installed the Debian way (/usr/lib/postgresql/<major>/bin). */
export function postgresBin() {
  const base = '/usr/lib/postgresql';
  const majors = existsSync(base)
    ? readdirSync(base)
        .filter((d) => /^\d+$/.test(d) && existsSync(join(base, d, 'bin/pg_ctl')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (!majors.length) throw new Error(`no PostgreSQL server programs under ${base} (apt-get install postgresql)`);
  return join(base, majors[0], 'bin');
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** Runs a PostgreSQL program (as `postgres` when we are root); throws with its output when it fails. */
function pgRun(bin, program, args) {
  const file = join(bin, program);
  const [cmd, argv] = isRoot() ? ['runuser', ['-u', 'postgres', '--', file, ...args]] : [file, args];
  const res = spawnSync(cmd, argv, { encoding: 'utf8', cwd: '/tmp' });
  if (res.status !== 0) {
    throw new Error(`${program} ${args.join(' ')} failed (exit ${res.status}): ${(res.stderr || res.stdout || '').trim()}`);
  }
  return res.stdout;
}

/** The same, without blocking the event loop (the load test keeps measuring while the server stops and starts). */
function pgRunAsync(bin, program, args) {
  const file = join(bin, program);
  const [cmd, argv] = isRoot() ? ['runuser', ['-u', 'postgres', '--', file, ...args]] : [file, args];
  return new Promise((resolvePromise, reject) =>
    execFile(cmd, argv, { encoding: 'utf8', cwd: '/tmp' }, (error, stdout, stderr) =>
      error
        ? reject(new Error(`${program} ${args.join(' ')} failed: ${(stderr || stdout || error.message).trim()}`))
        : resolvePromise(stdout),
    ),
  );
}

/**
 * A cluster in `dir` listening on 127.0.0.1:`port` (Unix socket in /tmp), trust authentication, superuser
 * `postgres`. `fresh` removes an existing folder first.
 */
export function privateCluster({ dir = '/tmp/wk-load-pg', port = 5499, logFile = `${dir}.log`, fresh = false } = {}) {
  const bin = postgresBin();
  const options = `-p ${port} -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=100 -c fsync=on`;
  const url = (database = 'postgres') => `postgresql://postgres@127.0.0.1:${port}/${database}`;
  const status = () =>
    spawnSync(
      isRoot() ? 'runuser' : join(bin, 'pg_ctl'),
      [...(isRoot() ? ['-u', 'postgres', '--', join(bin, 'pg_ctl')] : []), '-D', dir, 'status'],
      { cwd: '/tmp' },
    ).status;

  return {
    bin,
    dir,
    port,
    logFile,
    url,
    /** initdb (when the folder is new) and start; waits until the server accepts connections. */
    async start() {
      if (fresh && existsSync(dir)) {
        if (status() === 0) pgRun(bin, 'pg_ctl', ['-D', dir, '-m', 'immediate', '-w', 'stop']);
        rmSync(dir, { recursive: true, force: true });
      }
      if (!existsSync(join(dir, 'PG_VERSION')))
        pgRun(bin, 'initdb', ['-D', dir, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-locale']);
      if (isRoot()) {
        // The server writes its log as `postgres`.
        execFileSync('touch', [logFile]);
        execFileSync('chown', ['postgres', logFile]);
      }
      if (status() !== 0) pgRun(bin, 'pg_ctl', ['-D', dir, '-o', options, '-l', logFile, '-w', '-t', '60', 'start']);
      await this.waitReady(60_000);
    },
    /** Fast shutdown (`pg_ctl stop -m fast`): open connections get FATAL 57P01; returns when it is down. */
    stop() {
      return pgRunAsync(bin, 'pg_ctl', ['-D', dir, '-m', 'fast', '-w', '-t', '60', 'stop']);
    },
    /** Starts the (stopped) server again; returns when pg_ctl reports it started. */
    startAgain() {
      return pgRunAsync(bin, 'pg_ctl', ['-D', dir, '-o', options, '-l', logFile, '-w', '-t', '60', 'start']);
    },
    /** `pg_ctl restart -m fast`. */
    restart() {
      return pgRunAsync(bin, 'pg_ctl', ['-D', dir, '-o', options, '-l', logFile, '-m', 'fast', '-w', '-t', '60', 'restart']);
    },
    /** Polls until a connection and `SELECT 1` succeed; resolves with the time (performance.now()) it did. */
    async waitReady(timeoutMs = 30_000) {
      const deadline = performance.now() + timeoutMs;
      for (;;) {
        const client = new pg.Client({ connectionString: url(), connectionTimeoutMillis: 1000 });
        try {
          await client.connect();
          await client.query('SELECT 1');
          await client.end();
          return performance.now();
        } catch {
          await client.end().catch(() => undefined);
          if (performance.now() > deadline) throw new Error(`private PostgreSQL on port ${port} not ready within ${timeoutMs} ms`);
          await new Promise((r) => setTimeout(r, 20));
        }
      }
    },
    /** Stops the server (if running) and, unless `keep`, removes its folder. */
    destroy({ keep = false } = {}) {
      if (existsSync(join(dir, 'PG_VERSION')) && status() === 0) pgRun(bin, 'pg_ctl', ['-D', dir, '-m', 'fast', '-w', 'stop']);
      if (!keep) rmSync(dir, { recursive: true, force: true });
    },
    version() {
      return pgRun(bin, 'pg_ctl', ['--version']).trim();
    },
  };
}
