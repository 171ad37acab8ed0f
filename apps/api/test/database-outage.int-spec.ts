import type { Plan, Problem } from '@wk/contracts';
import { ApiClient, TEST_PASSWORD, type TenantFixture } from '@wk/api/testing';
import { startTestApp, type TestApp } from './harness';
import { PgProxy } from './pg-proxy';

/**
 * A database outage, for real, without stopping the shared server: the application reaches PostgreSQL through a
 * TCP proxy that the test cuts (a fast shutdown's FATAL 57P01 to every connection, then refused connections), lets
 * answer "starting up" (57P03), or silences (no answer: the connect timeout). Meanwhile every request is answered
 * 503 `application/problem+json` with code `database_unavailable` and a Retry-After header, never a 500; the
 * process keeps running; once the proxy forwards again the pool opens new connections and the API answers 200
 * within 5 seconds.
 */
describe('database outage: 503 database_unavailable, then recovery', () => {
  let proxy: PgProxy;
  let t: TestApp;
  let a: TenantFixture;
  let planner: ApiClient;
  let plan: Plan;

  beforeAll(async () => {
    const direct = process.env['WK_TEST_DATABASE_URL'];
    if (!direct) throw new Error('WK_TEST_DATABASE_URL is not set');
    const target = new URL(direct);
    proxy = new PgProxy({ host: target.hostname, port: Number(target.port || 5432) });
    await proxy.start();
    // A short connect timeout, so that the silent network answers within the test's patience.
    t = await startTestApp({ DB_CONNECT_TIMEOUT_MS: '1000' }, { databaseUrl: proxy.urlFor(direct) });
    a = await t.tenant();
    planner = a.as.planner;
    const created = await planner.post<Plan>('/plans', {
      title: 'Wijkplan tijdens storing',
      wijkIds: [a.wijken[0].id],
      startYear: 2025,
      endYear: 2040,
    });
    if (created.status !== 201) throw new Error(`create plan: ${created.status} ${created.text}`);
    plan = created.body;
  }, 120_000);

  afterAll(async () => {
    await proxy?.setMode('open');
    await t?.close();
    await proxy?.close();
  });

  const expectUnavailable = (res: { status: number; contentType: string; body: unknown; headers: Headers }) => {
    expect(res.status).toBe(503);
    expect(res.contentType).toContain('application/problem+json');
    expect(res.body).toMatchObject({ status: 503, code: 'database_unavailable', detailCode: 'problem.database_unavailable' });
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  };

  /** Polls GET /plans/:id until it answers 200; returns the milliseconds that took, and every status seen. */
  async function untilServed(limitMs: number): Promise<{ ms: number; statuses: number[] }> {
    const t0 = performance.now();
    const statuses: number[] = [];
    while (performance.now() - t0 < limitMs) {
      const res = await planner.get<Plan>(`/plans/${plan.id}`);
      statuses.push(res.status);
      if (res.status === 200) return { ms: performance.now() - t0, statuses };
      await new Promise((r) => setTimeout(r, 100));
    }
    return { ms: Infinity, statuses };
  }

  it('answers 503 with Retry-After while the server is shut down, and serves again within 5 s', async () => {
    expect((await planner.get(`/plans/${plan.id}`)).status).toBe(200);
    expect(proxy.connections).toBeGreaterThan(0); // the pool holds connections that the shutdown will end

    await proxy.shutdown();
    // A read (the session lookup), a write (a transaction) and a sign-in (a transaction under the auth role).
    expectUnavailable(await planner.get(`/plans/${plan.id}`));
    expectUnavailable(await planner.patch(`/plans/${plan.id}`, { version: plan.version, vision: 'Tijdens de storing.' }));
    const english = await planner.request<Problem>('GET', `/plans/${plan.id}`, undefined, { headers: { 'accept-language': 'en' } });
    expectUnavailable(english);
    expect(english.body.title).toBe('Temporarily unavailable');
    expectUnavailable(await new ApiClient(t.baseUrl).post('/auth/login', { email: a.users.viewer.email, password: TEST_PASSWORD }));

    await proxy.setMode('open');
    const back = await untilServed(5000);
    expect(back.statuses.every((s) => s === 200 || s === 503)).toBe(true);
    expect(back.ms).toBeLessThan(5000);

    // The write that was refused left nothing behind; the same write now succeeds once.
    const now = await planner.get<Plan>(`/plans/${plan.id}`);
    expect(now.body.version).toBe(plan.version);
    expect(now.body.vision).not.toBe('Tijdens de storing.');
    const saved = await planner.patch<Plan>(`/plans/${plan.id}`, { version: plan.version, vision: 'Na de storing.' });
    expect(saved.status).toBe(200);
    plan = saved.body;
    expect(plan.vision).toBe('Na de storing.');
  });

  it('answers 503 while the server is starting up (57P03) and while the network is silent (connect timeout)', async () => {
    await proxy.shutdown();
    await proxy.setMode('starting');
    expectUnavailable(await planner.get(`/plans/${plan.id}`));

    await proxy.setMode('silent');
    const t0 = performance.now();
    expectUnavailable(await planner.get(`/plans/${plan.id}`));
    // Not before the configured connect timeout (1 s), and not much after it.
    expect(performance.now() - t0).toBeGreaterThanOrEqual(900);
    expect(performance.now() - t0).toBeLessThan(4000);

    await proxy.setMode('open');
    const back = await untilServed(5000);
    expect(back.ms).toBeLessThan(5000);
  });

  it('keeps answering 200 when the server ends idle connections (57P01) while it stays up', async () => {
    expect((await planner.get(`/plans/${plan.id}`)).status).toBe(200);
    // A fast shutdown immediately followed by the server being back: the pool's idle connections are all dead.
    await proxy.shutdown();
    await proxy.setMode('open');
    const back = await untilServed(5000);
    expect(back.ms).toBeLessThan(5000);
    // No request ran into a dead connection as a 500; at most the first ones saw 503.
    expect(back.statuses.every((s) => s === 200 || s === 503)).toBe(true);
    const again = await Promise.all(Array.from({ length: 8 }, () => planner.get(`/plans/${plan.id}`)));
    expect(again.map((r) => r.status)).toEqual(Array(8).fill(200));
  });
});
