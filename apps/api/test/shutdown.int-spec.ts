import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { connect, createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Pool } from 'pg';
import { hashPassword } from '@wk/api/core';
import { ApiClient, createOperator, TEST_PASSWORD } from '@wk/api/testing';
import { TEST_TODAY } from './harness';

const ROOT = join(__dirname, '..', '..', '..');

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  server.close();
  await once(server, 'close');
  return port;
}

/** The API as its own process (main.ts through ts-node), so that a real SIGTERM reaches it. */
class ApiProcess {
  readonly lines: string[] = [];
  private readonly waiters: { test: (line: string) => boolean; resolve: () => void }[] = [];
  readonly exited: Promise<number | null>;
  private readonly child: ChildProcess;

  constructor(env: Record<string, string>) {
    this.child = spawn(process.execPath, ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', 'apps/api/src/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, TS_NODE_PROJECT: 'apps/api/tsconfig.app.json', TS_NODE_SWC: 'true', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.exited = once(this.child, 'exit').then(([code]) => code as number | null);
    let rest = '';
    const read = (chunk: Buffer) => {
      rest += chunk.toString('utf8');
      const parts = rest.split('\n');
      rest = parts.pop() ?? '';
      for (const line of parts) {
        this.lines.push(line);
        for (const w of [...this.waiters]) {
          if (w.test(line)) {
            this.waiters.splice(this.waiters.indexOf(w), 1);
            w.resolve();
          }
        }
      }
    };
    this.child.stdout?.on('data', read);
    this.child.stderr?.on('data', read);
  }

  /** Resolves at the first line (already printed or still to come) that passes `test`. */
  line(test: (line: string) => boolean): Promise<void> {
    if (this.lines.some(test)) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ test, resolve }));
  }

  kill(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }
}

/** A request whose headers the server has read (it answered `100 Continue`) and whose body is still to come. */
async function heldRequest(port: number, method: string, path: string, body: string): Promise<{ finish: () => Promise<string> }> {
  const socket: Socket = connect(port, '127.0.0.1');
  await once(socket, 'connect');
  let received = '';
  socket.on('data', (chunk: Buffer) => {
    received += chunk.toString('utf8');
  });
  const ended = once(socket, 'close');
  socket.write(
    `${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nExpect: 100-continue\r\n\r\n`,
  );
  while (!received.includes('100 Continue\r\n\r\n')) await once(socket, 'data');
  received = '';
  return {
    finish: async () => {
      socket.write(body);
      // The server closes the connection after the answer while it drains (Connection: close).
      await ended;
      return received;
    },
  };
}

/**
 * SIGTERM: the process stops taking connections, lets the requests in flight finish, says "not ready" meanwhile,
 * then closes the database and exits 0. The requests are held in flight without any test hook in the API: their
 * headers have arrived (the server answered 100 Continue), their bodies are sent after the signal.
 */
describe('orderly shutdown on SIGTERM', () => {
  let api: ApiProcess | null = null;
  let pool: Pool;

  beforeAll(async () => {
    const url = process.env['WK_TEST_DATABASE_URL'];
    if (!url) throw new Error('WK_TEST_DATABASE_URL is not set');
    pool = new Pool({ connectionString: url, max: 1 });
  });
  afterAll(async () => {
    api?.kill('SIGKILL');
    await pool.end();
  });

  it('finishes the requests in flight, refuses new connections, answers not ready, and exits 0', async () => {
    const port = await freePort();
    const url = process.env['WK_TEST_DATABASE_URL'] ?? '';
    api = new ApiProcess({
      DATABASE_URL: url,
      PORT: String(port),
      HOST: '127.0.0.1',
      WK_WEB_DIST: '',
      WK_SEED_DEMO: 'false',
      WK_REMINDER_TICK_SECONDS: '0',
      WK_TODAY: TEST_TODAY,
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'log',
      SHUTDOWN_GRACE_SECONDS: '60',
    });
    const started = api;
    await Promise.race([
      started.line((l) => l.includes('Wijkkompas draait op')),
      started.exited.then((code) => {
        throw new Error(`the API stopped (${code}) before it was up:\n${started.lines.join('\n')}`);
      }),
    ]);
    const base = `http://127.0.0.1:${port}/api/v1`;
    const owner = async (sql: string, params?: unknown[]) => (await pool.query(sql, params)).rows as Record<string, unknown>[];
    const operator = await createOperator(base, owner, await hashPassword(TEST_PASSWORD));
    expect((await operator.get('/auth/session')).status).toBe(200);
    const email = String((await operator.get<{ user: { email: string } }>('/auth/session')).body.user.email);
    expect((await new ApiClient(base).get('/health/ready')).status).toBe(200);

    const login = await heldRequest(port, 'POST', '/api/v1/auth/login', JSON.stringify({ email, password: TEST_PASSWORD }));
    const ready = await heldRequest(port, 'GET', '/api/v1/health/ready', '{}');
    started.kill('SIGTERM');
    await started.line((l) => l.includes('SIGTERM: no new connections'));

    // No new connections...
    await expect(fetch(`${base}/health/live`)).rejects.toThrow();
    // (The port came from the ephemeral range: with nobody listening, the kernel may now and then pick that same port
    // as the client's and connect the socket to itself, TCP's "self-connect". That is no listener either: ask again.)
    const tryConnect = () =>
      new Promise<string>((resolve) => {
        const s = connect(port, '127.0.0.1');
        s.on('connect', () => {
          const self = s.localPort === port;
          s.destroy();
          resolve(self ? 'self-connect' : 'connected');
        });
        s.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
      });
    let refused = await tryConnect();
    for (let i = 0; i < 3 && refused === 'self-connect'; i++) refused = await tryConnect();
    expect(refused).toBe('ECONNREFUSED');

    // ...but the requests in flight are answered: the sign-in completes, readiness says 503 (draining).
    const signedIn = await login.finish();
    expect(signedIn).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(signedIn).toMatch(/\r\nset-cookie: wk_session=/i);
    expect(signedIn).toMatch(/\r\nconnection: close\r\n/i);
    const notReady = await ready.finish();
    expect(notReady).toMatch(/^HTTP\/1\.1 503 /);
    expect(JSON.parse(notReady.slice(notReady.indexOf('\r\n\r\n') + 4))).toEqual({
      status: 'error',
      database: 'up',
      version: expect.any(String),
      draining: true,
    });

    expect(await started.exited).toBe(0);
    api = null;
    const logged = started.lines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(logged).toContainEqual(expect.objectContaining({ event: 'request', route: '/api/v1/auth/login', status: 200 }));
    expect(logged).toContainEqual(expect.objectContaining({ event: 'request', route: '/api/v1/health/ready', status: 503 }));
    expect(logged.at(-1)).toMatchObject({ level: 'info', msg: 'Stopped' });
  }, 180_000);
});
