import type { ActiveSession, AuditEvent, Page, SignInEvent } from '@wk/contracts';
import { ApiClient, TEST_PASSWORD, type TenantFixture } from '@wk/api/testing';
import { startTestApp, type TestApp } from './harness';

/**
 * The security details the BIO asks for: a person sees and ends their own sessions; the beheerder sees the
 * gemeente's sign-in history; failed sign-ins and refused authorizations are audit events with who, what,
 * which object, result, origin and when.
 */
describe('own sessions, sign-in history and security events', () => {
  let t: TestApp;
  let a: TenantFixture;
  let b: TenantFixture;

  beforeAll(async () => {
    t = await startTestApp();
    a = await t.tenant();
    b = await t.tenant();
  });
  afterAll(() => t.close());

  it('lists the person’s own active sessions and ends another one of them (not someone else’s)', async () => {
    const laptop = new ApiClient(t.baseUrl);
    await laptop.login(a.users.contributor.email, TEST_PASSWORD);
    const phone = new ApiClient(t.baseUrl);
    await phone.login(a.users.contributor.email, TEST_PASSWORD);
    const mine = await laptop.get<ActiveSession[]>('/auth/sessions');
    expect(mine.status).toBe(200);
    expect(mine.body.length).toBeGreaterThanOrEqual(3);
    expect(mine.body.filter((s) => s.current)).toHaveLength(1);
    expect(mine.body.every((s) => s.signInMethod === 'password' && s.ip)).toBe(true);
    const phoneId = (await phone.get<ActiveSession[]>('/auth/sessions')).body.find((s) => s.current)?.id ?? '';
    expect(mine.body.find((s) => s.id === phoneId)?.current).toBe(false);

    expect(phoneId).toMatch(/^[0-9a-f-]{36}$/);
    // Someone else (same gemeente, and another gemeente) cannot end it: 404, and it keeps working.
    expect((await a.as.planner.delete(`/auth/sessions/${phoneId}`)).status).toBe(404);
    expect((await b.as.contributor.delete(`/auth/sessions/${phoneId}`)).status).toBe(404);
    expect((await phone.get('/auth/session')).status).toBe(200);
    expect((await a.as.planner.get<ActiveSession[]>('/auth/sessions')).body.map((s) => s.id)).not.toContain(phoneId);

    expect((await laptop.delete(`/auth/sessions/${phoneId}`)).status).toBe(204);
    expect((await phone.get('/auth/session')).status).toBe(401);
    expect((await laptop.get<ActiveSession[]>('/auth/sessions')).body.map((s) => s.id)).not.toContain(phoneId);
    // Ending it twice, or an id that is no session: 404.
    expect((await laptop.delete(`/auth/sessions/${phoneId}`)).status).toBe(404);
    expect((await laptop.delete('/auth/sessions/geen-id')).status).toBe(404);
  });

  it('writes a failed sign-in of a member into the audit log of the gemeente, with result and origin', async () => {
    const stranger = new ApiClient(t.baseUrl);
    const wrong = await stranger.request('POST', '/auth/login', { email: a.users.viewer.email, password: 'niet-het-wachtwoord-123' });
    expect(wrong.status).toBe(401);
    const events = await a.as.admin.get<Page<AuditEvent>>('/audit-events?limit=50');
    const failed = events.body.items.find((e) => e.action === 'auth.sign_in_failed');
    expect(failed).toMatchObject({ objectType: 'user', objectId: a.users.viewer.id });
    expect(failed?.after).toMatchObject({ method: 'password', result: 'refused', reason: 'wrong_password', ip: expect.any(String) });
    expect(typeof failed?.occurredAt).toBe('string');
    // Not in the other gemeente's log.
    const other = await b.as.admin.get<Page<AuditEvent>>('/audit-events?limit=50');
    expect(other.body.items.some((e) => e.action === 'auth.sign_in_failed')).toBe(false);
  });

  it('writes a refused authorization into the audit log: who, which route, result, origin', async () => {
    expect((await a.as.viewer.post('/org-units', { name: 'Mag niet', kind: 'department' })).status).toBe(403);
    const events = await a.as.admin.get<Page<AuditEvent>>('/audit-events?limit=50');
    const refused = events.body.items.find((e) => e.action === 'auth.forbidden');
    expect(refused).toMatchObject({ actorId: a.users.viewer.id, objectType: 'route' });
    expect(refused?.after).toMatchObject({
      method: 'POST',
      route: '/api/v1/org-units',
      role: 'viewer',
      result: 'refused',
      ip: expect.any(String),
    });
  });

  it('shows the beheerder the sign-ins and refused attempts of the gemeente’s members only', async () => {
    const history = await a.as.admin.get<{ items: SignInEvent[] }>('/sign-ins');
    expect(history.status).toBe(200);
    const ok = history.body.items.filter((e) => e.result === 'ok');
    expect(ok.map((e) => e.email)).toEqual(expect.arrayContaining([a.users.contributor.email, a.users.admin.email]));
    expect(ok.every((e) => e.signInMethod === 'password' && e.ip)).toBe(true);
    expect(history.body.items).toContainEqual(
      expect.objectContaining({ result: 'refused', reason: 'wrong_password', email: a.users.viewer.email, userName: a.users.viewer.name }),
    );
    const times = history.body.items.map((e) => e.at);
    expect([...times].sort().reverse()).toEqual(times);
    expect(JSON.stringify(history.body)).not.toContain(b.users.admin.email);
    expect((await a.as.planner.get('/sign-ins')).status).toBe(403);
  });
});
