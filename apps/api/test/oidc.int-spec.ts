import type {
  IdentityProviderRequest,
  IdentityProviderSettings,
  LogoutAnswer,
  Problem,
  SessionInfo,
  SsoGemeente,
  User,
} from '@wk/contracts';
import {
  ApiClient,
  browserSignIn,
  clientKeyPair,
  startTestOidcProvider,
  TEST_PASSWORD,
  type TenantFixture,
  type TestOidcProvider,
} from '@wk/api/testing';
import { startTestApp, type TestApp } from './harness';

/**
 * Sign-in through the gemeente's own OpenID Connect provider, against a real provider in this process
 * (node-oidc-provider): gemeente A with a client secret, gemeente B with private_key_jwt, both at one provider
 * with their own groups. Every refusal ends on the web app's page that says why, with no session.
 */
describe('sign-in through the gemeente’s identity provider (OIDC)', () => {
  let t: TestApp;
  let a: TenantFixture;
  let b: TenantFixture;
  let idp: TestOidcProvider;
  let origin: string;
  const keys = clientKeyPair();

  const settingsOf = (f: TenantFixture): IdentityProviderRequest =>
    f === a
      ? {
          issuer: idp.issuer,
          clientId: 'wk-a',
          clientAuth: 'client_secret_basic',
          clientSecret: 'secret-of-a',
          groupsClaim: 'groups',
          roleMappings: [
            { group: 'a-planners', role: 'planner' },
            { group: 'a-raad', role: 'viewer' },
            { group: 'a-beheer', role: 'admin' },
          ],
          emailDomains: ['a.example'],
          passwordSignIn: true,
          enabled: true,
        }
      : {
          issuer: idp.issuer,
          clientId: 'wk-b',
          clientAuth: 'private_key_jwt',
          privateKeyJwk: keys.privateJwk,
          groupsClaim: 'groups',
          roleMappings: [{ group: 'b-planners', role: 'planner' }],
          emailDomains: ['b.example'],
          passwordSignIn: true,
          enabled: true,
        };
  const start = (f: TenantFixture, returnTo = '/plannen') =>
    `${origin}/api/v1/auth/oidc/${f.tenant.slug}/start?returnTo=${encodeURIComponent(returnTo)}`;
  const person = (login: string, groups: string[], domain = 'a.example') =>
    idp.accounts.set(login, { email: `${login}@${domain}`, name: `${login[0]?.toUpperCase()}${login.slice(1)} Jansen`, groups });
  const events = async (f: TenantFixture, action: string) =>
    (
      await t.owner(`SELECT after FROM audit_events WHERE tenant_id = $1 AND action = $2 ORDER BY occurred_at, id`, [f.tenant.id, action])
    ).map((r) => r['after'] as Record<string, unknown>);

  beforeAll(async () => {
    t = await startTestApp({ OIDC_CLOCK_TOLERANCE_SECONDS: '0' });
    origin = new URL(t.baseUrl).origin;
    a = await t.tenant();
    b = await t.tenant();
    const callback = `${origin}/api/v1/auth/oidc/callback`;
    const signedOut = `${origin}/inloggen?afgemeld=1`;
    idp = await startTestOidcProvider([
      { clientId: 'wk-a', clientSecret: 'secret-of-a', redirectUri: callback, postLogoutRedirectUri: signedOut },
      // Inline client keys do not survive jest's module realm in node-oidc-provider (its plain-object check), so
      // the provider knows B by a secret; private_key_jwt end to end is in the browser test (apps/web-e2e oidc).
      { clientId: 'wk-b', clientSecret: 'secret-of-b', redirectUri: callback, postLogoutRedirectUri: signedOut },
    ]);
    for (const f of [a, b]) {
      const saved = await f.as.admin.put<IdentityProviderSettings>('/identity-provider', settingsOf(f));
      expect(saved.status).toBe(200);
    }
  });
  afterAll(async () => {
    await idp?.close();
    await t?.close();
  });
  afterEach(() => {
    idp.tamper = null;
  });

  it('keeps each gemeente’s provider to its beheerder, never shows a secret, and names every wrong field', async () => {
    const mine = await a.as.admin.get<IdentityProviderSettings>('/identity-provider');
    expect(mine.body).toMatchObject({
      clientId: 'wk-a',
      hasClientSecret: true,
      publicKeyJwk: null,
      redirectUri: `${origin}/api/v1/auth/oidc/callback`,
    });
    expect(mine.text).not.toContain('secret-of-a');
    const theirs = await b.as.admin.get<IdentityProviderSettings>('/identity-provider');
    expect(theirs.body.clientId).toBe('wk-b');
    expect(theirs.body.publicKeyJwk).toMatchObject({ kty: 'RSA', kid: keys.publicJwks.keys[0]?.['kid'] });
    expect(theirs.body.publicKeyJwk).not.toHaveProperty('d');
    expect(theirs.text).not.toContain(JSON.parse(keys.privateJwk).d);
    expect((await a.as.planner.get('/identity-provider')).status).toBe(403);
    expect((await a.as.planner.put('/identity-provider', settingsOf(a))).status).toBe(403);

    const wrong = await a.as.admin.put<Problem>('/identity-provider', {
      ...settingsOf(a),
      issuer: 'ftp://idp.example',
      clientAuth: 'private_key_jwt',
      privateKeyJwk: '{"kty":"RSA"}',
      roleMappings: [],
      emailDomains: ['not a domain'],
    });
    expect(wrong.status).toBe(400);
    expect(wrong.contentType).toContain('application/problem+json');
    expect(wrong.body.invalidParams?.map((p) => p.name).sort()).toEqual(['emailDomains.0', 'issuer', 'privateKeyJwk', 'roleMappings']);
    const away = await a.as.admin.put<Problem>('/identity-provider', { ...settingsOf(a), issuer: 'http://127.0.0.1:9' });
    expect(away.status).toBe(400);
    expect(away.body.invalidParams?.[0]).toMatchObject({ name: 'issuer', code: 'unreachable' });
    // Nothing of the refused changes was kept.
    expect((await a.as.admin.get<IdentityProviderSettings>('/identity-provider')).body).toMatchObject({
      issuer: idp.issuer,
      clientAuth: 'client_secret_basic',
    });
  });

  it('lists the gemeenten with their own sign-in, and finds the gemeente by e-mail domain', async () => {
    const anyone = new ApiClient(t.baseUrl);
    const all = await anyone.get<SsoGemeente[]>('/auth/sso');
    expect(all.body.map((g) => g.slug)).toEqual(expect.arrayContaining([a.tenant.slug, b.tenant.slug]));
    const byEmail = await anyone.get<SsoGemeente[]>('/auth/sso?email=Someone@A.example');
    expect(byEmail.body).toEqual([
      { slug: a.tenant.slug, name: a.tenant.name, startUrl: `${origin}/api/v1/auth/oidc/${a.tenant.slug}/start` },
    ]);
    expect((await anyone.get<SsoGemeente[]>('/auth/sso?email=someone@elsewhere.example')).body).toEqual([]);
  });

  it('signs a new person in with PKCE, state and nonce, and creates the member with the role of the group', async () => {
    const first = await fetch(start(a), { redirect: 'manual' });
    expect(first.status).toBe(302);
    const to = new URL(first.headers.get('location') ?? '');
    expect(to.origin).toBe(idp.issuer);
    expect(to.searchParams.get('code_challenge_method')).toBe('S256');
    expect(to.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(to.searchParams.get('state')).toBeTruthy();
    expect(to.searchParams.get('nonce')).toBeTruthy();
    expect(to.searchParams.get('client_id')).toBe('wk-a');

    person('anna', ['a-planners', 'unrelated']);
    const signIn = await browserSignIn(start(a, '/plannen?x=1'), 'anna');
    expect(signIn).toMatchObject({ status: 302, location: '/plannen?x=1' });
    const anna = ApiClient.withCookies(t.baseUrl, signIn.appCookies);
    const session = await anna.get<SessionInfo>('/auth/session');
    expect(session.status).toBe(200);
    expect(session.body.tenant?.id).toBe(a.tenant.id);
    expect(session.body.user).toMatchObject({ email: 'anna@a.example', name: 'Anna Jansen', role: 'planner' });
    const users = await a.as.admin.get<{ items: User[] }>('/users');
    expect(users.body.items.find((u) => u.email === 'anna@a.example')?.role).toBe('planner');
    expect(await events(a, 'user.created_by_provider')).toEqual([expect.objectContaining({ email: 'anna@a.example', role: 'planner' })]);
    // A return address on another site is not followed.
    person('anna', ['a-planners']);
    expect((await browserSignIn(start(a, '//evil.example/x'), 'anna')).location).toBe('/');
  });

  it('gives the role of the groups at every sign-in', async () => {
    person('ruben', ['a-planners']);
    await browserSignIn(start(a), 'ruben');
    person('ruben', ['a-raad']);
    const again = ApiClient.withCookies(t.baseUrl, (await browserSignIn(start(a), 'ruben')).appCookies);
    expect((await again.get<SessionInfo>('/auth/session')).body.user.role).toBe('viewer');
    expect((await again.post('/plans', {})).status).toBe(403);
    person('ruben', ['a-beheer', 'a-raad']);
    const admin = ApiClient.withCookies(t.baseUrl, (await browserSignIn(start(a), 'ruben')).appCookies);
    expect((await admin.get<SessionInfo>('/auth/session')).body.user.role).toBe('admin');
    const changes = (await events(a, 'user.role_from_provider')).map((e) => e['role']);
    expect(changes).toEqual(['viewer', 'admin']);
  });

  it('refuses a person whose groups give no role, with the reason in the audit log and no session', async () => {
    person('piet', ['elsewhere']);
    const refused = await browserSignIn(start(a), 'piet');
    expect(refused).toMatchObject({ status: 302, location: '/inloggen/geweigerd?reden=no_group' });
    expect(refused.appCookies.has('wk_session')).toBe(false);
    expect((await a.as.admin.get<{ items: User[] }>('/users')).body.items.some((u) => u.email === 'piet@a.example')).toBe(false);
    expect(await events(a, 'auth.sign_in_refused')).toContainEqual(
      expect.objectContaining({ method: 'oidc', result: 'refused', reason: 'no_group', ip: expect.any(String) }),
    );
  });

  it('refuses an answer with another state, an expired ID token and one made for another client', async () => {
    person('kees', ['a-planners']);
    const wrongState = await browserSignIn(start(a), 'kees', {
      beforeCallback: (url) => {
        url.searchParams.set('state', 'not-the-state');
        return url;
      },
    });
    expect(wrongState.location).toBe('/inloggen/geweigerd?reden=state');
    expect(wrongState.appCookies.has('wk_session')).toBe(false);
    // The answer without the browser's cookie (another browser) is refused the same way.
    const noCookie = await fetch(`${origin}/api/v1/auth/oidc/callback?code=x&state=y`, { redirect: 'manual' });
    expect(noCookie.headers.get('location')).toBe('/inloggen/geweigerd?reden=state');

    const now = Math.floor(Date.now() / 1000);
    idp.tamper = (claims) => ({ ...claims, iat: now - 7200, exp: now - 3600 });
    const expired = await browserSignIn(start(a), 'kees');
    expect(expired.location).toBe('/inloggen/geweigerd?reden=token');
    expect(expired.appCookies.has('wk_session')).toBe(false);

    idp.tamper = (claims) => ({ ...claims, aud: 'another-client' });
    const foreign = await browserSignIn(start(a), 'kees');
    expect(foreign.location).toBe('/inloggen/geweigerd?reden=token');

    idp.tamper = (claims) => ({ ...claims, iss: 'https://other-issuer.example' });
    expect((await browserSignIn(start(a), 'kees')).location).toBe('/inloggen/geweigerd?reden=token');
    expect((await events(a, 'auth.sign_in_refused')).filter((e) => e['reason'] === 'token')).toHaveLength(3);
  });

  it('keeps a person of gemeente A out of gemeente B, whose client sends its secret in the form (client_secret_post)', async () => {
    const secretPost = { ...settingsOf(b), privateKeyJwk: undefined, clientAuth: 'client_secret_post', clientSecret: 'secret-of-b' };
    expect((await b.as.admin.put('/identity-provider', JSON.parse(JSON.stringify(secretPost)))).status).toBe(200);
    person('anna', ['a-planners']);
    const intoB = await browserSignIn(start(b), 'anna');
    expect(intoB.location).toBe('/inloggen/geweigerd?reden=no_group');
    expect((await b.as.admin.get<{ items: User[] }>('/users')).body.items.some((u) => u.email === 'anna@a.example')).toBe(false);
    const annaInA = ApiClient.withCookies(t.baseUrl, (await browserSignIn(start(a), 'anna')).appCookies);
    const sw = await annaInA.post<Problem>('/auth/switch', { tenantId: b.tenant.id });
    expect(sw.status).toBe(400);
    expect((await annaInA.get<SessionInfo>('/auth/session')).body.tenant?.id).toBe(a.tenant.id);

    person('bert', ['b-planners'], 'b.example');
    const bert = ApiClient.withCookies(t.baseUrl, (await browserSignIn(start(b), 'bert')).appCookies);
    const session = await bert.get<SessionInfo>('/auth/session');
    expect(session.body.tenant?.id).toBe(b.tenant.id);
    expect(session.body.user.role).toBe('planner');
  });

  it('lets a gemeente switch password sign-in off for its staff (not for the platform operator)', async () => {
    await a.as.admin.put('/identity-provider', { ...settingsOf(a), clientSecret: undefined, passwordSignIn: false });
    const refused = await new ApiClient(t.baseUrl).request<Problem>('POST', '/auth/login', {
      email: a.users.planner.email,
      password: TEST_PASSWORD,
    });
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toContain('alleen inloggen met het account van de gemeente');
    expect((await t.operator()).cookie('wk_session')).toBeTruthy();
    // B still allows passwords.
    expect((await new ApiClient(t.baseUrl).login(b.users.planner.email, TEST_PASSWORD)).status).toBe(200);
    await a.as.admin.put('/identity-provider', { ...settingsOf(a), clientSecret: undefined, passwordSignIn: true });
    expect((await new ApiClient(t.baseUrl).login(a.users.planner.email, TEST_PASSWORD)).status).toBe(200);
  });

  it('signs out at the provider too (RP-initiated logout), and a password session as before', async () => {
    person('anna', ['a-planners']);
    const anna = ApiClient.withCookies(t.baseUrl, (await browserSignIn(start(a), 'anna')).appCookies);
    const out = await anna.post<LogoutAnswer>('/auth/logout');
    expect(out.status).toBe(200);
    const end = new URL(out.body.endSessionUrl);
    expect(`${end.origin}${end.pathname}`).toBe(`${idp.issuer}/session/end`);
    expect(end.searchParams.get('id_token_hint')?.split('.')).toHaveLength(3);
    expect(end.searchParams.get('post_logout_redirect_uri')).toBe(`${origin}/inloggen?afgemeld=1`);
    expect((await anna.get('/auth/session')).status).toBe(401);
    const page = await fetch(end, { redirect: 'manual' });
    expect(page.status).toBe(200);

    const password = new ApiClient(t.baseUrl);
    await password.login(a.users.contributor.email, TEST_PASSWORD);
    expect((await password.post('/auth/logout')).status).toBe(204);
  });
});
