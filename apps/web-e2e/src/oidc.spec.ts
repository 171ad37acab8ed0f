import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import type { Page } from '@playwright/test';
import type { IdentityProviderRequest, SessionInfo } from '@wk/contracts';
import { expect, test } from './support/test';
import { LoginPage } from './pages/login.page';
import { checkPage } from './support/a11y';
import { DEMO_PASSWORD, demoAccount } from './support/accounts';
import { api } from './support/api';
import { E2E_METRICS_TOKEN } from '../e2e-metrics.mjs';

// The API's Content-Security-Policy (script-src 'self') refuses the injected axe-core script.
test.use({ bypassCSP: true });

/** People at the test provider (the login name is the subject). */
const people = new Map<string, { email: string; name: string; groups: string[] }>();
let server: Server;
let issuer = '';
const nijmegenKey = generateKeyPairSync('rsa', { modulusLength: 2048 });
const kid = randomUUID();

/**
 * A real OpenID Connect provider (node-oidc-provider) in this test process, the one both demo gemeenten use:
 * Nijmegen's client signs in with private_key_jwt, Den Haag's with a client secret; each links its own groups.
 */
test.beforeAll(async ({ baseURL }) => {
  const app = new URL(baseURL ?? 'http://localhost:3100').origin;
  server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = { redirect_uris: [`${app}/api/v1/auth/oidc/callback`], post_logout_redirect_uris: [`${app}/inloggen?afgemeld=1`] };
  const provider = new Provider(issuer, {
    clients: [
      {
        ...client,
        client_id: 'wk-nijmegen',
        token_endpoint_auth_method: 'private_key_jwt',
        jwks: { keys: [{ ...(nijmegenKey.publicKey.export({ format: 'jwk' }) as object), kid, alg: 'RS256', use: 'sig' }] },
      },
      { ...client, client_id: 'wk-den-haag', client_secret: 'geheim-den-haag' },
    ],
    jwks: {
      keys: [{ ...(generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }) as object), kid: 'idp' }],
    },
    cookies: { keys: [randomUUID()] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'groups'] },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    pkce: { required: () => true },
    findAccount: (_ctx, id) => {
      const person = people.get(id);
      return person ? { accountId: id, claims: () => ({ ...person, sub: id, email_verified: true }) } : undefined;
    },
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
  const handle = provider.callback();
  server.on('request', (req, res) => void handle(req, res));
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
});

const settings = (gemeente: 'nijmegen' | 'den-haag'): IdentityProviderRequest => ({
  issuer,
  clientId: `wk-${gemeente}`,
  ...(gemeente === 'nijmegen'
    ? {
        clientAuth: 'private_key_jwt' as const,
        privateKeyJwk: JSON.stringify({ ...(nijmegenKey.privateKey.export({ format: 'jwk' }) as object), kid }),
      }
    : { clientAuth: 'client_secret_basic' as const, clientSecret: 'geheim-den-haag' }),
  groupsClaim: 'groups',
  roleMappings: [{ group: `${gemeente}-planners`, role: 'planner' }],
  emailDomains: [`${gemeente}.example`],
  passwordSignIn: true,
  enabled: true,
});

/** The beheerder of the demo gemeente sets up (or removes) its provider through the API. */
async function asBeheerder(page: Page, gemeente: 'nijmegen' | 'den-haag', change: 'set' | 'remove'): Promise<void> {
  await page.context().clearCookies();
  const login = new LoginPage(page);
  await login.goto();
  await login.signInAs(demoAccount('beheerder', gemeente), DEMO_PASSWORD);
  if (change === 'set') await api(page, 'PUT', '/identity-provider', settings(gemeente));
  else await api(page, 'DELETE', '/identity-provider');
  await page.context().clearCookies();
}

/** The provider's development login form: any password; the login name is the person. */
async function providerLogin(page: Page, login: string): Promise<void> {
  await expect(page).toHaveURL(new RegExp(`^${issuer}/interaction/`));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('wachtwoord-bij-de-gemeente');
  await page.getByRole('button', { name: 'Sign-in' }).click();
}

test('the beheerder sets up sign-in through the gemeente’s provider on its page, with every wrong field named', async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signInAs(demoAccount('beheerder'), DEMO_PASSWORD);
  await page.goto('/beheer');
  await page.getByRole('link', { name: 'Inloggen via de gemeente' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inloggen via de gemeente');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  const summary = page.locator('.wk-error-summary');
  await expect(summary).toContainText('Vul het adres van de inlogdienst in.');
  await expect(summary).toContainText('Vul de client-id in.');
  await expect(summary).toContainText('Zet bij minstens één rol een groep.');

  await page.getByLabel('Adres van de inlogdienst (issuer)').fill('http://127.0.0.1:9');
  await page.getByLabel('Client-id van Wijkkompas bij de inlogdienst').fill('wk-nijmegen');
  await page.getByLabel('Hoe Wijkkompas zich meldt bij de inlogdienst').selectOption('private_key_jwt');
  await page.getByLabel('Privésleutel (JWK)').fill(settings('nijmegen').privateKeyJwk ?? '');
  await page.getByLabel('Groepen voor de rol Planner').fill('nijmegen-planners');
  await page.getByLabel('E-maildomeinen van de gemeente').fill('nijmegen.example');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByLabel('Adres van de inlogdienst (issuer)')).toHaveAttribute('aria-invalid', 'true');
  await expect(summary).toContainText('geeft geen OpenID Connect-gegevens');

  await page.getByLabel('Adres van de inlogdienst (issuer)').fill(issuer);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.locator('wk-live-status [role="status"]')).toHaveText('Opgeslagen. Wijkkompas heeft de inlogdienst gevonden.');
  await expect(page.getByText('/api/v1/auth/oidc/callback')).toBeVisible();
  await expect(page.getByText('"kty": "RSA"')).toBeVisible();
  await checkPage(page, 'inloggen-via-gemeente-instellen');
  await page.reload();
  await expect(page.getByLabel('Groepen voor de rol Planner')).toHaveValue('nijmegen-planners');
  await expect(page.getByLabel('Privésleutel (JWK)')).toHaveValue('');
  await page.getByRole('button', { name: 'Inloggen via de gemeente verwijderen' }).click();
  await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await expect(page.locator('wk-live-status [role="status"]')).toHaveText('Inloggen via de gemeente is verwijderd.');
});

/** A series of the API's Prometheus metrics (GET /api/v1/metrics with the token the e2e server was given). */
async function metric(page: Page, series: string): Promise<number> {
  const res = await page.request.get('/api/v1/metrics', { headers: { authorization: `Bearer ${E2E_METRICS_TOKEN}` } });
  expect(res.status()).toBe(200);
  const line = (await res.text()).split('\n').find((l) => l.startsWith(`${series} `));
  return Number(line?.slice(series.length + 1) ?? 0);
}

test('a planner signs in through the gemeente’s own provider, is refused in another gemeente and signs out at both', async ({ page }) => {
  await asBeheerder(page, 'nijmegen', 'set');
  await asBeheerder(page, 'den-haag', 'set');
  const oidcSignIns = 'wijkkompas_sign_ins_total{method="oidc"}';
  const noGroup = 'wijkkompas_sign_in_failures_total{method="oidc",reason="no_group"}';
  const before = { signIns: await metric(page, oidcSignIns), refused: await metric(page, noGroup) };
  try {
    people.set('sanne', { email: 'sanne@nijmegen.example', name: 'Sanne de Wit', groups: ['nijmegen-planners', 'alle-medewerkers'] });

    // The sign-in page offers the gemeenten with their own sign-in.
    await page.goto('/inloggen?terug=%2Fplannen');
    await expect(page.getByRole('heading', { name: 'Inloggen met het account van uw gemeente' })).toBeVisible();
    await checkPage(page, 'inloggen-met-gemeente');
    await page.getByRole('link', { name: 'Inloggen via Gemeente Nijmegen' }).click();
    await providerLogin(page, 'sanne');
    await expect(page).toHaveURL(/\/plannen$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const session = await api<SessionInfo>(page, 'GET', '/auth/session');
    expect(session.tenant?.slug).toBe('nijmegen');
    expect(session.user).toMatchObject({ email: 'sanne@nijmegen.example', name: 'Sanne de Wit', role: 'planner' });
    await expect(page.getByText('Sanne de Wit').first()).toBeVisible();
    // The gemeente's IT department sees the sign-in in the metrics.
    expect(await metric(page, oidcSignIns)).toBe(before.signIns + 1);

    // Signing out ends the provider's session too (its confirmation page), and comes back to sign-in.
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await expect(page).toHaveURL(new RegExp(`^${issuer}/session/end`));
    await page.getByRole('button', { name: /Yes, sign me out/i }).click();
    await expect(page).toHaveURL(/\/inloggen\?afgemeld=1$/);
    await expect(page.getByText('U bent uitgelogd, ook bij het account van uw gemeente.')).toBeVisible();

    // Den Haag's provider knows Sanne, but no group of hers gives a role there.
    await page.getByRole('link', { name: 'Inloggen via Gemeente Den Haag' }).click();
    await providerLogin(page, 'sanne');
    await expect(page).toHaveURL(/\/inloggen\/geweigerd\?reden=no_group$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inloggen is niet gelukt');
    await expect(page.getByText('Uw account bij de gemeente geeft geen toegang tot Wijkkompas.')).toBeVisible();
    await checkPage(page, 'inloggen-geweigerd');
    const refused = await page.request.get('/api/v1/auth/session');
    expect(refused.status()).toBe(401);
    expect(await metric(page, noGroup)).toBe(before.refused + 1);

    // The work e-mail address finds the gemeente as well (a wrong one is named).
    await page.getByRole('link', { name: 'Terug naar inloggen' }).click();
    const work = page.getByLabel('Of vul het e-mailadres van uw werk in');
    await work.fill('sanne@elders.example');
    await page.getByRole('button', { name: 'Gemeente zoeken' }).click();
    await expect(page.getByText('Bij dit e-mailadres hoort geen gemeente met een eigen inlog.')).toBeVisible();
    await work.fill('sanne@nijmegen.example');
    await page.getByRole('button', { name: 'Gemeente zoeken' }).click();
    // The provider still knows Sanne (its own session): straight back in.
    await expect(page).not.toHaveURL(/\/inloggen/);
    expect((await api<SessionInfo>(page, 'GET', '/auth/session')).user.role).toBe('planner');
  } finally {
    await asBeheerder(page, 'nijmegen', 'remove');
    await asBeheerder(page, 'den-haag', 'remove');
  }
  await page.goto('/inloggen');
  await expect(page.getByRole('heading', { name: 'Inloggen met het account van uw gemeente' })).toHaveCount(0);
});
