import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { LoginPage } from './pages/login.page';
import { DEMO_PASSWORD, demoAccount } from './support/accounts';
import { screenshot } from './support/a11y';
import { pinClock } from './support/clock';

/**
 * Issue 16, the first page on a phone: the server sends each first page its own index.html, which names the page's
 * chunks (modulepreload), the web font and the session question (preload), so the browser fetches them at once
 * instead of one after another; the frame and the page appear together in one paint.
 */

/** Records what a page load fetched: every request's method and path, in order. */
function recordRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http')) seen.push(`${request.method()} ${url.pathname}`);
  });
  return seen;
}

/** In the page: whether the routed page's heading was there when the hidden frame was first shown. */
async function watchFirstShow(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __firstShow?: { heading: string | null } };
    const observer = new MutationObserver(() => {
      const app = document.querySelector('.wk-app');
      if (app && !app.classList.contains('wk-app--pending') && !w.__firstShow) {
        w.__firstShow = { heading: document.querySelector('main h1')?.textContent?.trim() ?? null };
        observer.disconnect();
      }
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
  });
}

async function firstShow(page: Page): Promise<{ heading: string | null } | undefined> {
  return page.evaluate(() => (window as unknown as { __firstShow?: { heading: string | null } }).__firstShow);
}

async function modulePreloads(page: Page): Promise<string[]> {
  return page
    .locator('head link[rel="modulepreload"]')
    .evaluateAll((links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname));
}

test('the sign-in page comes whole in one paint, its chunks and the session fetched once, from the first answer', async ({ page }) => {
  await watchFirstShow(page);
  const requests = recordRequests(page);
  await page.goto('/inloggen');
  const login = new LoginPage(page);
  await expect(login.heading).toHaveText('Inloggen bij Wijkkompas');
  await expect(login.submit).toBeVisible();

  expect(await firstShow(page)).toEqual({ heading: 'Inloggen bij Wijkkompas' });
  // Who is signed in: asked once (the preload is the request the app uses), not again by the app.
  expect(requests.filter((r) => r === 'GET /api/v1/auth/session')).toHaveLength(1);
  expect(await page.locator('head link[rel="preload"][as="fetch"][href="api/v1/auth/session"]').count()).toBe(1);
  const preloads = await modulePreloads(page);
  expect(preloads.length).toBeGreaterThan(0);
  for (const chunk of preloads) await expect.poll(() => requests).toContain(`GET ${chunk}`);
  const scripts = requests.filter((r) => r.endsWith('.js'));
  expect(new Set(scripts).size).toBe(scripts.length);
  // The gemeenten that sign in with their own account: named in the page itself and asked once (the app takes the
  // preloaded answer instead of asking after its code has run).
  expect(await page.locator('head link[rel="preload"][as="fetch"][href="/api/v1/auth/sso"]').count()).toBe(1);
  await expect.poll(() => requests.filter((r) => r === 'GET /api/v1/auth/sso')).toHaveLength(1);
  // Nothing else to download before the text shows: no web font (the device's own), no icon file (it is in the page).
  expect(await page.locator('head link[rel="preload"][as="font"]').count()).toBe(0);
  expect(requests.filter((r) => r.endsWith('.woff2') || r.endsWith('.ico'))).toEqual([]);
  expect(await page.locator('head link[rel="icon"]').getAttribute('href')).toMatch(/^data:image\/svg\+xml,/);
  await screenshot(page, 'first-page-inloggen');
});

test("a planner's dashboard and overview load their chunks in parallel and show frame and page at once; back, reload and a double click on a link change nothing", async ({
  page,
}) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signInAs(demoAccount('planner'), DEMO_PASSWORD);
  await page.getByRole('link', { name: 'Voortgang', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Voortgang van alle wijken');
  await page
    .getByRole('link', { name: /Meijhorst/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/plannen\/[0-9a-f-]{36}\/voortgang/);
  const dashboard = new URL(page.url()).pathname;

  // A fresh load of the dashboard's address (as from a bookmark or a link in an e-mail); leaving the app first, so that
  // no request of the page just opened in the app is counted.
  await page.goto('about:blank');
  await watchFirstShow(page);
  const requests = recordRequests(page);
  const answer = await page.goto(dashboard);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Wijkplan Meijhorst/);
  await expect(page.getByRole('heading', { name: 'Voortgang per bouwsteen' })).toBeVisible();
  const preloads = await modulePreloads(page);
  // The plans routes, the plan's frame, the dashboard and what they share: all named in the first answer.
  expect(preloads.length).toBeGreaterThan(5);
  for (const chunk of preloads) await expect.poll(() => requests).toContain(`GET ${chunk}`);
  const scripts = requests.filter((r) => r.endsWith('.js'));
  expect(new Set(scripts).size).toBe(scripts.length);
  expect(requests.filter((r) => r === 'GET /api/v1/auth/session')).toHaveLength(1);
  // The page's first API answers come with the page (Link preload headers) and the app takes those: each asked once.
  // The sections below the key figures come after the first screen (with their own answers), all of them, once.
  const planApi = `/api/v1/plans/${dashboard.split('/')[2]}`;
  const first = [planApi, `${planApi}/dashboard`, `${planApi}/publication`];
  expect(answer?.headers()['link']).toBe(first.map((url) => `<${url}>; rel=preload; as=fetch; crossorigin=anonymous`).join(', '));
  await expect(page.getByRole('heading', { name: 'Jaarrapportage en downloads' })).toBeVisible();
  await expect(page.locator('wk-dashboard-sections')).not.toHaveAttribute('aria-busy', /.*/);
  for (const url of [...first, `${planApi}/indicator-targets`, `${planApi}/milestones`])
    await expect.poll(() => requests.filter((r) => r === `GET ${url}`)).toHaveLength(1);
  expect(await firstShow(page)).toBeDefined();
  await screenshot(page, 'first-page-dashboard');

  // The overview, loaded fresh: its heading is in the first paint (no empty frame first).
  requests.length = 0;
  await page.goto('/voortgang');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Voortgang van alle wijken');
  expect(await firstShow(page)).toEqual({ heading: 'Voortgang van alle wijken' });
  for (const url of ['/api/v1/overview', '/api/v1/indicators/signals'])
    await expect.poll(() => requests.filter((r) => r === `GET ${url}`)).toHaveLength(1);
  // It downloads no other page: not the dashboard (whose template names its deferred sections) and no form code
  // (Angular's forms, the figures import page), neither in the chunks its copy names nor in those it asks for.
  const overviewScripts = new Set([
    ...(await modulePreloads(page)),
    ...requests.filter((r) => r.startsWith('GET /') && r.endsWith('.js')).map((r) => r.slice('GET '.length)),
  ]);
  expect(overviewScripts.size).toBeGreaterThan(3);
  for (const script of overviewScripts) {
    const code = await (await page.request.get(script)).text();
    expect(code, script).not.toContain('wk-dashboard-sections');
    expect(code, script).not.toContain('formControlName');
  }

  // Back to the dashboard, a reload, and a double click on a link in the page: the same page, nothing twice.
  await page.goBack();
  await expect(page).toHaveURL(dashboard);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Wijkplan Meijhorst/);
  await page.reload();
  const pageNav = page.getByRole('navigation', { name: 'Op deze pagina' });
  await pageNav.getByRole('link').first().dblclick();
  await expect(page).toHaveURL(dashboard);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Wijkplan Meijhorst/);

  // A jump asked for before the sections are there lands on its section once they are: the sections' code (the chunk
  // whose template has the budget section) is held back until the link has been clicked. (Routing bypasses the cache.)
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\.js$/, async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (body.includes('"aria-labelledby","voortgang-budget"')) await held;
    await route.fulfill({ response, body });
  });
  await page.reload();
  await pageNav.getByRole('link', { name: 'Budget per jaar' }).click();
  await expect(page.locator('.wk-dashboard__pending')).toBeAttached();
  await expect(page.locator('#voortgang-budget')).toHaveCount(0);
  release();
  await expect(page.locator('#voortgang-budget')).toBeFocused();
  await expect(page).toHaveURL(dashboard);
  await page.unroute(/\.js$/);
});

test('a phone gets the same whole first page', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await pinClock(context);
  const page = await context.newPage();
  await watchFirstShow(page);
  await page.goto('/inloggen');
  await expect(new LoginPage(page).heading).toHaveText('Inloggen bij Wijkkompas');
  expect(await firstShow(page)).toEqual({ heading: 'Inloggen bij Wijkkompas' });
  await screenshot(page, 'first-page-inloggen-telefoon');
  await context.close();
});
