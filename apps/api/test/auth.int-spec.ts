import { createHash, randomBytes } from 'node:crypto';
import type { OrgUnit, SessionInfo, User } from '@wk/contracts';
import { ApiClient, first, nth, only, TEST_PASSWORD, type ApiResponse, type TenantFixture } from '@wk/api/testing';
import { startTestApp, type TestApp } from './harness';

interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** A sign-in over raw HTTP from a given client address (the app trusts X-Forwarded-For from loopback). */
async function rawLogin(baseUrl: string, email: string, password: string, address: string): Promise<ApiResponse<Problem>> {
  const res = await fetch(`${baseUrl}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ email, password }),
  });
  const text = await res.text();
  const contentType = res.headers.get('content-type') ?? '';
  return {
    status: res.status,
    contentType,
    text,
    body: (contentType.includes('json') ? JSON.parse(text) : text) as Problem,
    headers: res.headers,
  };
}

/** A write with the session's cookies and any X-XSRF-TOKEN value (or none). */
async function writeWithCsrf(client: ApiClient, path: string, body: unknown, header: string | null): Promise<ApiResponse<Problem>> {
  const cookie = ['wk_session', 'XSRF-TOKEN']
    .map((n) => [n, client.cookie(n)] as const)
    .filter(([, v]) => v !== undefined)
    .map(([n, v]) => `${n}=${v}`)
    .join('; ');
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    cookie,
  };
  if (header !== null) headers['x-xsrf-token'] = header;
  const res = await fetch(`${client.baseUrl}${path}`, {
    method: 'POST',
    headers,
    body: JSON.stringify(body),
  });
  const text = await res.text();
  const contentType = res.headers.get('content-type') ?? '';
  return {
    status: res.status,
    contentType,
    text,
    body: (contentType.includes('json') ? JSON.parse(text) : text) as Problem,
    headers: res.headers,
  };
}

/** A client address no other test uses (TEST-NET-3), so that address counters do not mix. */
const freshAddress = () => `203.0.113.${1 + Math.floor(Math.random() * 250)}`;

describe('authentication and sessions', () => {
  let t: TestApp;
  let f: TenantFixture;
  let counter = 0;
  const unique = () => `${++counter}-${randomBytes(3).toString('hex')}`;

  beforeAll(async () => {
    t = await startTestApp();
    f = await t.tenant();
  });
  afterAll(async () => {
    // Failed sign-ins from this suite must not throttle the suites that run after it.
    await t.owner(`DELETE FROM login_throttle WHERE key LIKE 'address:%' OR key LIKE 'account:%@auth.test'`);
    await t.close();
  });

  async function newUser(role: 'planner' | 'contributor' | 'viewer' = 'viewer'): Promise<{ user: User; email: string }> {
    const email = `${role}-${unique()}@auth.test`;
    const res = await f.as.admin.post<User>('/users', {
      email,
      name: `Gebruiker ${counter}`,
      role,
      password: TEST_PASSWORD,
    });
    if (res.status !== 201) throw new Error(`create user: ${res.status} ${res.text}`);
    return { user: res.body, email };
  }

  async function signedIn(email: string): Promise<ApiClient> {
    const client = new ApiClient(t.baseUrl);
    await client.login(email, TEST_PASSWORD);
    return client;
  }

  async function sessionRow(client: ApiClient): Promise<Record<string, unknown>> {
    const token = client.cookie('wk_session');
    expect(token).toBeDefined();
    const rows = await t.owner('SELECT * FROM sessions WHERE id = $1', [sha256(token ?? '')]);
    return only(rows, 'session');
  }

  describe('sign-in', () => {
    it('sets an httpOnly, SameSite=Strict wk_session cookie and a readable XSRF-TOKEN cookie', async () => {
      const { email, user } = await newUser();
      const client = new ApiClient(t.baseUrl);
      const res = await client.login(email, TEST_PASSWORD);
      expect(res.status).toBe(200);
      const cookies = res.headers.getSetCookie();
      const session = cookies.find((c) => c.startsWith('wk_session='));
      const xsrf = cookies.find((c) => c.startsWith('XSRF-TOKEN='));
      expect(session).toBeDefined();
      expect(xsrf).toBeDefined();
      const attrs = (line: string | undefined) =>
        (line ?? '')
          .split(';')
          .slice(1)
          .map((a) => a.trim().toLowerCase());
      expect(attrs(session)).toEqual(expect.arrayContaining(['httponly', 'samesite=strict', 'path=/']));
      expect(attrs(xsrf)).toEqual(expect.arrayContaining(['samesite=strict', 'path=/']));
      expect(attrs(xsrf)).not.toContain('httponly');
      // Both carry real, different random values; the session token is not stored in clear.
      const token = client.cookie('wk_session') ?? '';
      const csrf = decodeURIComponent(client.cookie('XSRF-TOKEN') ?? '');
      expect(token.length).toBeGreaterThanOrEqual(32);
      expect(csrf.length).toBeGreaterThanOrEqual(32);
      expect(token).not.toBe(csrf);
      expect(await t.owner('SELECT id FROM sessions WHERE id = $1', [token])).toEqual([]);
      const row = await sessionRow(client);
      expect(row['user_id']).toBe(user.id);
      expect(row['csrf_token']).toBe(csrf);
      const info = res.body as SessionInfo;
      expect(info.user).toMatchObject({ id: user.id, email, role: 'viewer' });
      expect(info.tenant?.id).toBe(f.tenant.id);
      expect((await client.get('/auth/session')).status).toBe(200);
    });

    it('a wrong password and an unknown e-mail address give the identical 401 answer (no account enumeration)', async () => {
      const { email } = await newUser();
      const address = freshAddress();
      const wrongPassword = await rawLogin(t.baseUrl, email, 'niet-het-goede-wachtwoord', address);
      const unknownEmail = await rawLogin(t.baseUrl, `niemand-${unique()}@auth.test`, 'niet-het-goede-wachtwoord', address);
      const knownEmailOtherCase = await rawLogin(t.baseUrl, email.toUpperCase(), 'nog-een-fout-wachtwoord', address);
      for (const res of [wrongPassword, unknownEmail, knownEmailOtherCase]) {
        expect(res.status).toBe(401);
        expect(res.contentType).toMatch(/^application\/problem\+json/);
        expect(res.headers.getSetCookie()).toEqual([]);
      }
      expect(unknownEmail.text).toBe(wrongPassword.text);
      expect(knownEmailOtherCase.text).toBe(wrongPassword.text);
      expect(wrongPassword.body).toMatchObject({
        status: 401,
        code: 'unauthenticated',
      });
      expect(wrongPassword.text).not.toContain(email);
    });

    it('throttles per account: after 3 failures (LOGIN_MAX_FAILURES_ACCOUNT=3) even the right password gets 429 with a Dutch detail and Retry-After', async () => {
      const strict = await startTestApp({ LOGIN_MAX_FAILURES_ACCOUNT: '3' });
      try {
        const { email } = await newUser();
        for (let i = 1; i <= 3; i++) {
          // Each attempt from another address: only the account counter can trip.
          const res = await rawLogin(strict.baseUrl, email, `fout-wachtwoord-${i}`, freshAddress());
          expect({ attempt: i, status: res.status }).toEqual({
            attempt: i,
            status: 401,
          });
        }
        const fourth = await rawLogin(strict.baseUrl, email, TEST_PASSWORD, freshAddress());
        expect(fourth.status).toBe(429);
        expect(fourth.contentType).toMatch(/^application\/problem\+json/);
        expect(fourth.body.code).toBe('too_many_attempts');
        expect(fourth.body.detail).toMatch(/Probeer het over \d+ minu(ut|ten) opnieuw/);
        const retryAfter = Number(fourth.headers.get('retry-after'));
        expect(Number.isInteger(retryAfter)).toBe(true);
        expect(retryAfter).toBeGreaterThan(0);
        expect(retryAfter).toBeLessThanOrEqual(15 * 60);
        expect(fourth.headers.getSetCookie()).toEqual([]);
        // Another account from the same kind of address is not affected.
        const other = await newUser();
        expect((await rawLogin(strict.baseUrl, other.email, TEST_PASSWORD, freshAddress())).status).toBe(200);
        // And once the lock is lifted (as owner), the right password works again.
        await t.owner(`DELETE FROM login_throttle WHERE key = $1`, [`account:${email}`]);
        expect((await rawLogin(strict.baseUrl, email, TEST_PASSWORD, freshAddress())).status).toBe(200);
      } finally {
        await strict.close();
      }
    });

    it('throttles per address: after 3 failures (LOGIN_MAX_FAILURES_ADDRESS=3) from one address even a valid sign-in from it gets 429', async () => {
      const strict = await startTestApp({ LOGIN_MAX_FAILURES_ADDRESS: '3' });
      const address = '198.51.100.23';
      try {
        await t.owner(`DELETE FROM login_throttle WHERE key = $1`, [`address:${address}`]);
        const { email } = await newUser();
        for (let i = 1; i <= 3; i++) {
          // A different (unknown) account each time: only the address counter can trip.
          const res = await rawLogin(strict.baseUrl, `onbekend-${unique()}@auth.test`, 'fout-wachtwoord', address);
          expect({ attempt: i, status: res.status }).toEqual({
            attempt: i,
            status: 401,
          });
        }
        const fourth = await rawLogin(strict.baseUrl, email, TEST_PASSWORD, address);
        expect(fourth.status).toBe(429);
        expect(fourth.body.code).toBe('too_many_attempts');
        expect(fourth.body.detail).toMatch(/Probeer het over \d+ minu(ut|ten) opnieuw/);
        expect(Number(fourth.headers.get('retry-after'))).toBeGreaterThan(0);
        // The same account from another address signs in.
        expect((await rawLogin(strict.baseUrl, email, TEST_PASSWORD, freshAddress())).status).toBe(200);
      } finally {
        await t.owner(`DELETE FROM login_throttle WHERE key = $1`, [`address:${address}`]);
        await strict.close();
      }
    });
  });

  describe('sessions', () => {
    it('sign-out revokes the session on the server: the old cookie value is refused afterwards', async () => {
      const { email } = await newUser();
      const client = await signedIn(email);
      const stolen = client.clone();
      expect((await stolen.get('/wijken')).status).toBe(200);
      const out = await client.post('/auth/logout');
      expect(out.status).toBe(204);
      // The cookies are cleared in the browser …
      const cleared = out.headers.getSetCookie();
      expect(cleared.some((c) => c.startsWith('wk_session=;'))).toBe(true);
      expect(client.cookie('wk_session')).toBeUndefined();
      // … and the session is dead on the server, so a copy of the old value is useless.
      const row = await sessionRow(stolen);
      expect(row['revoked_at']).toBeInstanceOf(Date);
      const reused = await stolen.get<Problem>('/wijken');
      expect(reused.status).toBe(401);
      expect(reused.body.code).toBe('unauthenticated');
      expect((await stolen.get('/auth/session')).status).toBe(401);
      expect(
        (
          await stolen.post('/org-units', {
            name: `Na uitloggen ${unique()}`,
            kind: 'partner',
          })
        ).status,
      ).toBe(401);
    });

    it('idle expiry: 31 minutes without a request ends the session; 29 minutes does not', async () => {
      const { email } = await newUser();
      const idle = await signedIn(email);
      const active = await signedIn(email);
      await t.owner(`UPDATE sessions SET last_seen_at = now() - interval '31 minutes' WHERE id = $1`, [
        sha256(idle.cookie('wk_session') ?? ''),
      ]);
      await t.owner(`UPDATE sessions SET last_seen_at = now() - interval '29 minutes' WHERE id = $1`, [
        sha256(active.cookie('wk_session') ?? ''),
      ]);
      const res = await idle.get<Problem>('/wijken');
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('unauthenticated');
      expect((await sessionRow(idle))['revoked_at']).toBeInstanceOf(Date);
      expect((await idle.get('/auth/session')).status).toBe(401);
      expect((await active.get('/wijken')).status).toBe(200);
      expect((await sessionRow(active))['revoked_at']).toBeNull();
    });

    it('absolute expiry: a session past expires_at is refused, however active', async () => {
      const { email } = await newUser();
      const client = await signedIn(email);
      expect((await client.get('/wijken')).status).toBe(200);
      await t.owner(`UPDATE sessions SET expires_at = now() - interval '1 second', last_seen_at = now() WHERE id = $1`, [
        sha256(client.cookie('wk_session') ?? ''),
      ]);
      const res = await client.get<Problem>('/wijken');
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('unauthenticated');
      expect((await client.get('/auth/session')).status).toBe(401);
    });

    it('the absolute lifetime is SESSION_ABSOLUTE_HOURS (12 by default) and the session answer says so', async () => {
      const { email } = await newUser();
      const client = await signedIn(email);
      const row = await sessionRow(client);
      const created = (row['created_at'] as Date).getTime();
      const expires = (row['expires_at'] as Date).getTime();
      expect(Math.abs(expires - created - 12 * 3600_000)).toBeLessThan(60_000);
      const info = await client.get<SessionInfo>('/auth/session');
      expect(new Date(info.body.expiresAt).getTime()).toBe(expires);
    });
  });

  describe('CSRF', () => {
    async function orgUnitCount(): Promise<number> {
      return Number(only(await t.owner('SELECT count(*)::int AS n FROM org_units WHERE tenant_id = $1', [f.tenant.id]))['n']);
    }
    async function auditCount(): Promise<number> {
      return Number(only(await t.owner('SELECT count(*)::int AS n FROM audit_events WHERE tenant_id = $1', [f.tenant.id]))['n']);
    }

    it("a write without X-XSRF-TOKEN, with a wrong one or with another session's token: 403 csrf_failed and nothing written", async () => {
      const admin = f.as.admin;
      const other = await signedIn(f.users.admin.email);
      const otherToken = decodeURIComponent(other.cookie('XSRF-TOKEN') ?? '');
      const ownToken = decodeURIComponent(admin.cookie('XSRF-TOKEN') ?? '');
      expect(otherToken).not.toBe(ownToken);
      const units = await orgUnitCount();
      const audits = await auditCount();
      const name = `CSRF ${unique()}`;
      const attempts: [string, ApiResponse<Problem>][] = [
        ['no header (client)', await admin.request<Problem>('POST', '/org-units', { name, kind: 'partner' }, { csrf: false })],
        ['no header', await writeWithCsrf(admin, '/org-units', { name, kind: 'partner' }, null)],
        ['empty header', await writeWithCsrf(admin, '/org-units', { name, kind: 'partner' }, '')],
        ['wrong header', await writeWithCsrf(admin, '/org-units', { name, kind: 'partner' }, randomBytes(32).toString('base64url'))],
        [
          'one character off',
          await writeWithCsrf(admin, '/org-units', { name, kind: 'partner' }, ownToken.slice(0, -1) + (ownToken.endsWith('A') ? 'B' : 'A')),
        ],
        ["another session's token", await writeWithCsrf(admin, '/org-units', { name, kind: 'partner' }, otherToken)],
      ];
      for (const [label, res] of attempts) {
        expect({
          label,
          status: res.status,
          code: res.body.code,
          type: res.contentType.split(';')[0],
        }).toEqual({
          label,
          status: 403,
          code: 'csrf_failed',
          type: 'application/problem+json',
        });
      }
      expect(await orgUnitCount()).toBe(units);
      expect(await auditCount()).toBe(audits);
      // The sign-out route is a write too.
      const logout = await other.request<Problem>('POST', '/auth/logout', undefined, { csrf: false });
      expect(logout.status).toBe(403);
      expect(logout.body.code).toBe('csrf_failed');
      expect((await other.get('/auth/session')).status).toBe(200);
      // With the right token the same write goes through.
      const ok = await writeWithCsrf(admin, '/org-units', { name, kind: 'partner' }, ownToken);
      expect(ok.status).toBe(201);
      expect(await orgUnitCount()).toBe(units + 1);
    });

    it('reads need no token', async () => {
      const res = await f.as.viewer.request('GET', '/org-units', undefined, {
        csrf: false,
      });
      expect(res.status).toBe(200);
    });
  });

  describe('deactivation', () => {
    it('a deactivated user is signed out at once, cannot sign in again, and can after reactivation', async () => {
      const { email, user } = await newUser('planner');
      const client = await signedIn(email);
      expect((await client.get('/wijken')).status).toBe(200);
      const off = await f.as.admin.patch<User>(`/users/${user.id}`, {
        active: false,
        version: user.version,
      });
      expect(off.status).toBe(200);
      expect(off.body.active).toBe(false);
      const after = await client.get<Problem>('/wijken');
      expect(after.status).toBe(401);
      expect(after.body.code).toBe('unauthenticated');
      const rows = await t.owner('SELECT revoked_at FROM sessions WHERE user_id = $1', [user.id]);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((r) => r['revoked_at'] instanceof Date)).toBe(true);
      // Signing in again fails with the same answer as a wrong password.
      const address = freshAddress();
      const again = await rawLogin(t.baseUrl, email, TEST_PASSWORD, address);
      const wrong = await rawLogin(t.baseUrl, `niemand-${unique()}@auth.test`, TEST_PASSWORD, address);
      expect(again.status).toBe(401);
      expect(again.text).toBe(wrong.text);
      const on = await f.as.admin.patch<User>(`/users/${user.id}`, {
        active: true,
        version: off.body.version,
      });
      expect(on.status).toBe(200);
      expect((await rawLogin(t.baseUrl, email, TEST_PASSWORD, freshAddress())).status).toBe(200);
    });

    it("a role change also ends the user's sessions (they sign in again with the new rights)", async () => {
      const { email, user } = await newUser('viewer');
      const client = await signedIn(email);
      expect((await client.get('/audit-events')).status).toBe(200);
      const changed = await f.as.admin.patch<User>(`/users/${user.id}`, {
        role: 'contributor',
        version: user.version,
      });
      expect(changed.status).toBe(200);
      expect((await client.get('/wijken')).status).toBe(401);
      const fresh = await signedIn(email);
      expect((await fresh.get('/audit-events')).status).toBe(403);
    });
  });

  describe('passwords', () => {
    it('are stored as argon2id hashes and never appear in any API response', async () => {
      const hashes = [
        ...(await t.owner('SELECT a.password_hash FROM accounts a JOIN users u ON u.account_id = a.id WHERE u.tenant_id = $1', [
          f.tenant.id,
        ])),
        ...(await t.owner('SELECT password_hash FROM platform_operators')),
      ].map((r) => String(r['password_hash']));
      expect(hashes.length).toBeGreaterThanOrEqual(5);
      for (const h of hashes) expect(h).toMatch(/^\$argon2id\$v=19\$[a-z]=\d+,[a-z]=\d+,[a-z]=\d+\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/);
      const allUsers = await t.owner('SELECT password_hash FROM accounts');
      expect(allUsers.every((r) => String(r['password_hash']).startsWith('$argon2id$'))).toBe(true);

      const operator = await t.operator();
      const admin = f.as.admin;
      const email = `wachtwoord-${unique()}@auth.test`;
      const created = await admin.post<User>('/users', {
        email,
        name: 'Wachtwoordtest',
        role: 'viewer',
        password: TEST_PASSWORD,
      });
      const responses: ApiResponse[] = [
        created,
        await admin.patch(`/users/${created.body.id}`, {
          name: 'Wachtwoordtest 2',
          version: created.body.version,
        }),
        await admin.get('/users'),
        await admin.get(`/users/${created.body.id}`),
        await admin.get('/audit-events?limit=500'),
        await admin.get('/auth/session'),
        await new ApiClient(t.baseUrl).login(email, TEST_PASSWORD),
        await operator.get('/platform/tenants'),
        await operator.get('/auth/session'),
        await operator.post('/platform/tenants', {
          name: 'Wachtwoordgemeente',
          slug: `ww-${unique()}`,
          cbsCode: 'GM9999',
          admin: {
            email: `ww-${unique()}@auth.test`,
            name: 'Beheerder',
            password: TEST_PASSWORD,
          },
        }),
      ];
      const newHash = String(first(await t.owner('SELECT password_hash FROM accounts WHERE email = $1', [email]))['password_hash']);
      for (const res of responses) {
        expect(res.status).toBeLessThan(500);
        expect(res.text).not.toContain('$argon2');
        expect(res.text).not.toContain(TEST_PASSWORD);
        // Flags such as passwordChangeRequired may appear; a password or its hash never does.
        expect(res.text).not.toMatch(/"password(_?hash)?"\s*:/i);
        expect(res.text).not.toMatch(/"temporaryPassword"\s*:\s*\{/);
        for (const h of [...hashes, newHash]) expect(res.text).not.toContain(h);
      }
      // Sanity: the responses above are the real thing (the user list includes the new user).
      expect(nth(responses, 2, 'response').text).toContain(email);
      expect(nth(responses, 4, 'response').text).toContain('user.created');
    });
  });

  describe('separation of platform and tenants', () => {
    it('the operator cannot call tenant routes (403)', async () => {
      const operator = await t.operator();
      const calls: [string, string, unknown?][] = [
        ['GET', '/tenant'],
        ['GET', '/users'],
        ['GET', `/users/${f.users.admin.id}`],
        ['GET', '/org-units'],
        ['GET', '/wijken'],
        ['GET', '/audit-events'],
        ['POST', '/org-units', { name: `Operator ${unique()}`, kind: 'partner' }],
        ['PATCH', '/tenant', { name: 'Overgenomen', version: 1 }],
      ];
      for (const [method, path, body] of calls) {
        const res = await operator.request<Problem>(method, path, body);
        expect({
          method,
          path,
          status: res.status,
          code: res.body.code,
        }).toEqual({ method, path, status: 403, code: 'forbidden' });
      }
    });

    it('a tenant admin cannot call platform routes (403)', async () => {
      const before = await t.owner('SELECT count(*)::int AS n FROM tenants');
      const list = await f.as.admin.get<Problem>('/platform/tenants');
      expect(list.status).toBe(403);
      expect(list.body.code).toBe('forbidden');
      const create = await f.as.admin.post<Problem>('/platform/tenants', {
        name: 'Eigen gemeente',
        slug: `eigen-${unique()}`,
        cbsCode: 'GM9998',
        admin: {
          email: `eigen-${unique()}@auth.test`,
          name: 'Beheerder',
          password: TEST_PASSWORD,
        },
      });
      expect(create.status).toBe(403);
      expect(create.body.code).toBe('forbidden');
      expect(await t.owner('SELECT count(*)::int AS n FROM tenants')).toEqual(before);
    });
  });

  it('an org unit created during this suite belongs to the fixture tenant (the writes above really were writes)', async () => {
    const list = await f.as.admin.get<{ items: OrgUnit[] }>('/org-units');
    expect(list.body.items.some((o) => o.name.startsWith('CSRF '))).toBe(true);
  });
});
