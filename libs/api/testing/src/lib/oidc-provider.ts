import { createSign, generateKeyPairSync, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** A person at the test provider: the login name is the subject. */
export interface TestOidcAccount {
  email: string;
  name: string;
  groups: string[];
}

export interface TestOidcClient {
  clientId: string;
  clientSecret?: string;
  /** Public JWKS of the client, for private_key_jwt. */
  jwks?: { keys: Record<string, unknown>[] };
  redirectUri: string;
  postLogoutRedirectUri: string;
}

/** Changes the ID token the token endpoint sends (expired, foreign audience…): signed again with the provider's key. */
export type IdTokenTamper = (claims: Record<string, unknown>) => Record<string, unknown>;

export interface TestOidcProvider {
  issuer: string;
  accounts: Map<string, TestOidcAccount>;
  /** Set to change the next ID tokens; null: as the provider made them. */
  tamper: IdTokenTamper | null;
  close: () => Promise<void>;
}

/**
 * A real OpenID Connect provider (node-oidc-provider) on a free port of this process: authorization code
 * flow with PKCE, discovery, JWKS, userinfo, RP-initiated logout, and its development login form (any
 * password; the login name is the subject). Consent is given for the clients (first-party apps).
 */
export async function startTestOidcProvider(
  clients: TestOidcClient[],
  options: { idTokenSeconds?: number } = {},
): Promise<TestOidcProvider> {
  const accounts = new Map<string, TestOidcAccount>();
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = randomUUID();
  const jwk = { ...(privateKey.export({ format: 'jwk' }) as Record<string, unknown>), kid, alg: 'RS256', use: 'sig' };
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const state: TestOidcProvider = { issuer, accounts, tamper: null, close: () => Promise.resolve() };

  const provider = new Provider(issuer, {
    clients: clients.map((c) => ({
      client_id: c.clientId,
      ...(c.clientSecret ? { client_secret: c.clientSecret } : {}),
      ...(c.jwks ? { jwks: c.jwks, token_endpoint_auth_method: 'private_key_jwt' as const } : {}),
      redirect_uris: [c.redirectUri],
      post_logout_redirect_uris: [c.postLogoutRedirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    })),
    jwks: { keys: [jwk] },
    cookies: { keys: [randomUUID()] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'groups'] },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    pkce: { required: () => true },
    ttl: { IdToken: options.idTokenSeconds ?? 3600 },
    findAccount: (_ctx, id) => {
      const account = accounts.get(id);
      return account ? { accountId: id, claims: () => ({ ...account, sub: id, email_verified: true }) } : undefined;
    },
    // First-party apps: the consent is given, so the person sees only the login form.
    loadExistingGrant: async (ctx) => {
      const clientId = ctx.oidc.client?.clientId;
      const accountId = ctx.oidc.session?.accountId;
      if (!clientId || !accountId) return undefined;
      const grant = new ctx.oidc.provider.Grant({ clientId, accountId });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  });
  provider.on('server_error', (_ctx, error) => console.error('test OIDC provider:', error));
  provider.use(async (ctx, next) => {
    await next();
    const body = ctx.body as Record<string, unknown> | undefined;
    if (ctx.path === '/token' && state.tamper && body && typeof body['id_token'] === 'string') {
      const claims = JSON.parse(Buffer.from(body['id_token'].split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
      body['id_token'] = signJwt(state.tamper(claims), privateKey, kid);
    }
  });
  const handle = provider.callback();
  server.on('request', (req, res) => void handle(req, res));
  state.close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return state;
}

function signJwt(claims: Record<string, unknown>, key: ReturnType<typeof generateKeyPairSync>['privateKey'], kid: string): string {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const input = `${part({ alg: 'RS256', typ: 'JWT', kid })}.${part(claims)}`;
  return `${input}.${createSign('RSA-SHA256').update(input).sign(key).toString('base64url')}`;
}

/** The key pair of a client that authenticates with private_key_jwt: the private JWK for the app, the public for the provider. */
export function clientKeyPair(): { privateJwk: string; publicJwks: { keys: Record<string, unknown>[] } } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = randomUUID();
  return {
    privateJwk: JSON.stringify({ ...(privateKey.export({ format: 'jwk' }) as Record<string, unknown>), kid }),
    publicJwks: { keys: [{ ...(publicKey.export({ format: 'jwk' }) as Record<string, unknown>), kid, alg: 'RS256', use: 'sig' }] },
  };
}

/** What a browser would end with after a sign-in through the provider. */
export interface BrowserSignIn {
  /** The app's last answer: its status and Location. */
  status: number;
  location: string;
  /** Cookies the app set (name → value). */
  appCookies: Map<string, string>;
}

/**
 * Walks a sign-in as a browser does: the app's start address, the provider's login form (login name and any
 * password), and back to the app's callback. Cookies are kept per origin. `beforeCallback` may change the
 * callback URL (to test a wrong state) before the app sees it.
 */
export async function browserSignIn(
  startUrl: string,
  login: string,
  options: { beforeCallback?: (url: URL) => URL; appCookies?: Map<string, string> } = {},
): Promise<BrowserSignIn> {
  const appOrigin = new URL(startUrl).origin;
  const jars = new Map<string, Map<string, string>>([[appOrigin, options.appCookies ?? new Map()]]);
  const jar = (origin: string) => jars.get(origin) ?? jars.set(origin, new Map()).get(origin) ?? new Map<string, string>();
  let url = new URL(startUrl);
  let method = 'GET';
  let body: string | undefined;
  for (let hop = 0; hop < 20; hop++) {
    if (url.origin === appOrigin && url.pathname.endsWith('/auth/oidc/callback') && options.beforeCallback) {
      url = options.beforeCallback(url);
    }
    const cookies = jar(url.origin);
    const res = await fetch(url, {
      method,
      redirect: 'manual',
      headers: {
        cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body,
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair?.indexOf('=') ?? -1;
      if (!pair || eq < 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) cookies.delete(name);
      else cookies.set(name, value);
    }
    const location = res.headers.get('location');
    if (url.origin === appOrigin && !url.pathname.includes('/auth/oidc/')) {
      return { status: res.status, location: location ?? '', appCookies: jar(appOrigin) };
    }
    if (res.status >= 300 && res.status < 400 && location) {
      const next = new URL(location, url);
      if (next.origin === appOrigin && !next.pathname.includes('/api/')) {
        return { status: res.status, location: next.pathname + next.search, appCookies: jar(appOrigin) };
      }
      url = next;
      method = 'GET';
      body = undefined;
      continue;
    }
    const html = await res.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (res.status !== 200 || !action)
      throw new Error(
        `unexpected answer ${res.status} at ${url.href}: ${html
          .replace(/<style[\s\S]*<\/style>/, '')
          .replace(/\s+/g, ' ')
          .slice(0, 600)}`,
      );
    url = new URL(action.replace(/&amp;/g, '&'), url);
    method = 'POST';
    body = new URLSearchParams({ prompt: 'login', login, password: 'any' }).toString();
  }
  throw new Error('too many redirects');
}

/**
 * Sign-in settings of a gemeente whose provider is switched off: saved without asking the (unreachable) provider
 * for its discovery document. For tests that need the row, not a sign-in.
 */
export const SWITCHED_OFF_PROVIDER = {
  issuer: 'https://login.example.nl',
  clientId: 'wijkkompas',
  clientAuth: 'client_secret_basic',
  clientSecret: 'geheim',
  groupsClaim: 'groups',
  roleMappings: [{ group: 'planners', role: 'planner' }],
  emailDomains: ['example.nl'],
  passwordSignIn: true,
  enabled: false,
};
