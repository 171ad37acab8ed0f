import { randomUUID } from 'node:crypto';
import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Health, IdentityProviderSettings, Problem } from '@wk/contracts';
import {
  ApiClient,
  browserSignIn,
  createPlanFixture,
  startTestOidcProvider,
  TEST_PASSWORD,
  type TenantFixture,
  type TestOidcProvider,
} from '@wk/api/testing';
import { startTestApp, type TestApp } from './harness';

const TOKEN = 'meet-token-0123456789abcdef';

/** The value of one series in Prometheus text (0 when the series is not there). */
function valueOf(text: string, name: string, labels: Record<string, string>): number {
  const wanted = Object.entries(labels);
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const have = new Map([...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]));
    if (wanted.every(([k, v]) => have.get(k) === v) && have.size === wanted.length) return Number(match[3]);
  }
  return 0;
}

/**
 * What a gemeente's IT department watches: GET /api/v1/metrics (Prometheus, behind METRICS_TOKEN), the JSON log
 * lines (LOG_FORMAT=json), and liveness/readiness. Over real HTTP against the real app and a real OIDC provider.
 */
describe('operations: metrics, JSON logs, liveness and readiness', () => {
  let t: TestApp;
  let f: TenantFixture;
  let idp: TestOidcProvider;
  const lines: string[] = [];
  const logged = () => lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  const scraper = () => new ApiClient(t.baseUrl);
  const scrape = async (): Promise<string> => {
    const res = await scraper().request<string>('GET', '/metrics', undefined, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    return res.text;
  };

  beforeAll(async () => {
    t = await startTestApp({ METRICS_TOKEN: TOKEN, LOG_FORMAT: 'json', LOG_LEVEL: 'log' }, { logSink: (line) => lines.push(line) });
    f = await t.tenant();
  });
  afterAll(async () => {
    await idp?.close();
    await t?.close();
  });

  it('serves the metrics only with the right bearer token (401 problem+json otherwise), not with a session', async () => {
    const none = await scraper().get<Problem>('/metrics');
    expect(none.status).toBe(401);
    expect(none.contentType).toContain('application/problem+json');
    expect(none.body.code).toBe('unauthenticated');
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer /);
    const wrong = await scraper().request<Problem>('GET', '/metrics', undefined, { headers: { authorization: `Bearer ${TOKEN}x` } });
    expect(wrong.status).toBe(401);
    expect(wrong.contentType).toContain('application/problem+json');
    const basic = await scraper().request('GET', '/metrics', undefined, { headers: { authorization: `Basic ${TOKEN}` } });
    expect(basic.status).toBe(401);
    // A signed-in beheerder's session is no token.
    expect((await f.as.admin.get('/metrics')).status).toBe(401);

    const ok = await scraper().request<string>('GET', '/metrics', undefined, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(ok.status).toBe(200);
    expect(ok.contentType).toMatch(/^text\/plain;.* version=0\.0\.4/);
    for (const name of [
      'http_request_duration_seconds',
      'wijkkompas_db_pool_connections',
      'wijkkompas_view_cache_requests_total',
      'wijkkompas_job_queue_depth',
      'wijkkompas_sign_ins_total',
      'wijkkompas_sign_in_failures_total',
      'process_cpu_user_seconds_total',
      'nodejs_heap_size_used_bytes',
    ])
      expect(ok.text).toContain(`# TYPE ${name} `);
    // The pool behind TypeORM (the harness makes 5 connections at most) and the mail queue, read at scrape time.
    const total = valueOf(ok.text, 'wijkkompas_db_pool_connections', { state: 'total' });
    expect(total).toBeGreaterThanOrEqual(1);
    expect(total).toBeLessThanOrEqual(5);
    expect(valueOf(ok.text, 'wijkkompas_db_pool_connections', { state: 'idle' })).toBeLessThanOrEqual(total);
    expect(ok.text).toMatch(/^wijkkompas_db_pool_connections\{state="waiting"\} \d+$/m);
    expect(valueOf(ok.text, 'wijkkompas_job_queue_up', { queue: 'wk-send-mail' })).toBe(1);
    expect(ok.text).toMatch(/^wijkkompas_job_queue_depth\{queue="wk-send-mail"\} \d+$/m);
  });

  it('counts a plan request under its route template and status, never under its URL', async () => {
    const plan = await createPlanFixture(f);
    const before = await scrape();
    const series = (status: string) => ({ method: 'GET', route: '/api/v1/plans/:id', status });
    const requestId = `metrics-${randomUUID()}`;
    const res = await f.as.planner.request('GET', `/plans/${plan.id}`, undefined, { headers: { 'x-request-id': requestId } });
    expect(res.status).toBe(200);
    expect((await f.as.planner.get(`/plans/${randomUUID()}`)).status).toBe(404);
    const after = await scrape();
    const count = (text: string, status: string) => valueOf(text, 'http_request_duration_seconds_count', series(status));
    expect(count(after, '200') - count(before, '200')).toBe(1);
    expect(count(after, '404') - count(before, '404')).toBe(1);
    expect(valueOf(after, 'http_request_duration_seconds_bucket', { ...series('200'), le: '+Inf' })).toBe(count(after, '200'));
    expect(after).not.toContain(plan.id);

    // Its JSON log line: who (ids only), what, how it ended and how long it took.
    const line = logged().find((l) => l['event'] === 'request' && l['requestId'] === requestId);
    expect(line).toEqual({
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      level: 'info',
      context: 'Http',
      event: 'request',
      requestId,
      tenantId: f.tenant.id,
      userId: f.users.planner.id,
      method: 'GET',
      route: '/api/v1/plans/:id',
      status: 200,
      durationMs: expect.any(Number),
    });
  });

  it('counts view-cache misses and hits', async () => {
    const before = await scrape();
    const hits = (text: string, result: string) => valueOf(text, 'wijkkompas_view_cache_requests_total', { result });
    expect((await f.as.viewer.get('/indicators/overview')).status).toBe(200);
    expect((await f.as.viewer.get('/indicators/overview')).status).toBe(200);
    const after = await scrape();
    expect(hits(after, 'miss') - hits(before, 'miss')).toBe(1);
    expect(hits(after, 'hit') - hits(before, 'hit')).toBe(1);
  });

  it('counts password sign-ins and refusals by reason, and logs them without the e-mail address', async () => {
    const before = await scrape();
    const wrong = await new ApiClient(t.baseUrl).post('/auth/login', { email: f.users.viewer.email, password: 'niet-het-wachtwoord-1' });
    expect(wrong.status).toBe(401);
    await new ApiClient(t.baseUrl).login(f.users.viewer.email, TEST_PASSWORD);
    const after = await scrape();
    const failures = (text: string) =>
      valueOf(text, 'wijkkompas_sign_in_failures_total', { method: 'password', reason: 'wrong_credentials' });
    expect(failures(after) - failures(before)).toBe(1);
    const signIns = (text: string) => valueOf(text, 'wijkkompas_sign_ins_total', { method: 'password' });
    expect(signIns(after) - signIns(before)).toBe(1);
    const events = logged().filter((l) => l['event'] === 'sign_in' && l['method'] === 'password');
    expect(events).toContainEqual(expect.objectContaining({ result: 'refused', reason: 'wrong_credentials', level: 'warn' }));
    expect(events).toContainEqual(
      expect.objectContaining({ result: 'ok', tenantId: f.tenant.id, userId: f.users.viewer.id, level: 'info' }),
    );
  });

  it('counts a sign-in through the gemeente’s provider and logs it with tenant and user id, never the e-mail', async () => {
    const origin = new URL(t.baseUrl).origin;
    idp = await startTestOidcProvider([
      {
        clientId: 'wk-met',
        clientSecret: 'secret-met',
        redirectUri: `${origin}/api/v1/auth/oidc/callback`,
        postLogoutRedirectUri: `${origin}/inloggen?afgemeld=1`,
      },
    ]);
    const saved = await f.as.admin.put<IdentityProviderSettings>('/identity-provider', {
      issuer: idp.issuer,
      clientId: 'wk-met',
      clientAuth: 'client_secret_basic',
      clientSecret: 'secret-met',
      groupsClaim: 'groups',
      roleMappings: [{ group: 'planners', role: 'planner' }],
      emailDomains: ['meten.example'],
      passwordSignIn: true,
      enabled: true,
    });
    expect(saved.status).toBe(200);
    const start = `${origin}/api/v1/auth/oidc/${f.tenant.slug}/start`;
    const before = await scrape();
    idp.accounts.set('meta', { email: 'meta.de.vries@meten.example', name: 'Meta de Vries', groups: ['planners'] });
    const signIn = await browserSignIn(start, 'meta');
    expect(signIn).toMatchObject({ status: 302, location: '/' });
    idp.accounts.set('nico', { email: 'nico@meten.example', name: 'Nico Zondergroep', groups: ['elders'] });
    expect((await browserSignIn(start, 'nico')).location).toBe('/inloggen/geweigerd?reden=no_group');
    const after = await scrape();
    const oidc = (text: string) => valueOf(text, 'wijkkompas_sign_ins_total', { method: 'oidc' });
    expect(oidc(after) - oidc(before)).toBe(1);
    const refused = (text: string) => valueOf(text, 'wijkkompas_sign_in_failures_total', { method: 'oidc', reason: 'no_group' });
    expect(refused(after) - refused(before)).toBe(1);

    const [meta] = await t.owner('SELECT id FROM users WHERE tenant_id = $1 AND email = $2', [f.tenant.id, 'meta.de.vries@meten.example']);
    expect(meta?.['id']).toEqual(expect.any(String));
    const events = logged().filter((l) => l['event'] === 'sign_in' && l['method'] === 'oidc');
    expect(events).toContainEqual({
      time: expect.any(String),
      level: 'info',
      context: 'SignIn',
      requestId: expect.any(String),
      tenantId: f.tenant.id,
      userId: meta?.['id'],
      event: 'sign_in',
      method: 'oidc',
      result: 'ok',
    });
    expect(events).toContainEqual(expect.objectContaining({ result: 'refused', reason: 'no_group', tenantId: f.tenant.id, userId: null }));
    // The callback's own request line, under its route template.
    expect(logged()).toContainEqual(expect.objectContaining({ event: 'request', route: '/api/v1/auth/oidc/callback', status: 302 }));
    // No personal data in any line: no e-mail address or name of anyone signed in here.
    const all = lines.join('\n');
    for (const personal of [
      'meta.de.vries@meten.example',
      'Meta de Vries',
      'nico@meten.example',
      f.users.viewer.email,
      f.users.planner.email,
      f.users.planner.name,
    ])
      expect(all).not.toContain(personal);
    // Every line is one JSON object with a time and a level.
    for (const line of logged()) expect(line).toMatchObject({ time: expect.any(String), level: expect.any(String) });
  });

  it('liveness answers without the database; readiness asks it', async () => {
    const live = await new ApiClient(t.baseUrl).get<Health>('/health/live');
    expect(live.status).toBe(200);
    expect(live.body).toEqual({ status: 'ok', version: expect.any(String) });
    const ready = await new ApiClient(t.baseUrl).get<Health>('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ok', database: 'up', version: expect.any(String) });
    expect((await new ApiClient(t.baseUrl).get<Health>('/health')).body).toMatchObject({ status: 'ok', database: 'up' });
  });

  it('answers 404 when no METRICS_TOKEN is configured (metrics are off)', async () => {
    const off = await startTestApp();
    try {
      const res = await new ApiClient(off.baseUrl).request<Problem>('GET', '/metrics', undefined, {
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      expect(res.status).toBe(404);
      expect(res.contentType).toContain('application/problem+json');
    } finally {
      await off.close();
    }
  });
});

/**
 * A TCP proxy in front of the test database that can stop passing data on: the database then "does not answer"
 * (as behind a broken network), without touching the real server.
 */
class StallingProxy {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  private stalled = false;
  private readonly held: (() => void)[] = [];

  async start(target: URL): Promise<string> {
    this.server = createServer((client) => {
      const upstream = connect(Number(target.port || 5432), target.hostname);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      const forward = (from: Socket, to: Socket) =>
        from.on('data', (chunk) => {
          if (this.stalled) this.held.push(() => to.write(chunk));
          else to.write(chunk);
        });
      forward(client, upstream);
      forward(upstream, client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    const url = new URL(target);
    url.hostname = '127.0.0.1';
    url.port = String(port);
    return url.toString();
  }

  stall(): void {
    this.stalled = true;
  }

  flow(): void {
    this.stalled = false;
    for (const write of this.held.splice(0)) write();
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}

describe('readiness when the database does not answer', () => {
  let t: TestApp;
  const proxy = new StallingProxy();

  beforeAll(async () => {
    const url = process.env['WK_TEST_DATABASE_URL'];
    if (!url) throw new Error('WK_TEST_DATABASE_URL is not set');
    t = await startTestApp({ READY_TIMEOUT_MS: '300' }, { databaseUrl: await proxy.start(new URL(url)) });
  });
  afterAll(async () => {
    proxy.flow();
    await t?.close();
    await proxy.close();
  });

  it('answers 503 within its timeout while liveness stays 200, and 200 again once the database answers', async () => {
    expect((await new ApiClient(t.baseUrl).get('/health/ready')).status).toBe(200);
    proxy.stall();
    const started = performance.now();
    const ready = await new ApiClient(t.baseUrl).get<Health>('/health/ready');
    const took = performance.now() - started;
    expect(ready.status).toBe(503);
    expect(ready.body).toEqual({ status: 'error', database: 'down', version: expect.any(String) });
    expect(took).toBeLessThan(5000);
    const live = await new ApiClient(t.baseUrl).get('/health/live');
    expect(live.status).toBe(200);
    proxy.flow();
    expect((await new ApiClient(t.baseUrl).get('/health/ready')).status).toBe(200);
  });
});
