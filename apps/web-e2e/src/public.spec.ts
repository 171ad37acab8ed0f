import { expect, test } from './support/test';
import { pinClock } from './support/clock';
import { LoginPage } from './pages/login.page';
import { PlanPage, PlansListPage } from './pages/plans.page';
import { checkPage } from './support/a11y';
import { DEMO_PASSWORD, demoAccount } from './support/accounts';

// The API's Content-Security-Policy (script-src 'self') refuses the injected axe-core script.
test.use({ bypassCSP: true });

const PLAN = 'Oosterparkwijk 2023–2038: betaalbaar en van ons';

test('a planner publishes an adopted plan; signed out, anyone opens its public page; withdrawn, it is gone', async ({ page, browser }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signInAs(demoAccount('planner', 'groningen'), DEMO_PASSWORD);
  const list = new PlansListPage(page);
  await list.goto();
  await list.open(PLAN, 'Vastgesteld');
  const plan = new PlanPage(page);
  await expect(plan.facts).toContainText('Niet openbaar');
  // A double click publishes once.
  await plan.button('Openbaar maken').dblclick();
  await expect(page.getByRole('status').filter({ hasText: 'Het plan staat nu op de openbare pagina.' })).toBeVisible();
  const link = plan.facts.getByRole('link', { name: /Bekijk de openbare pagina/ });
  await expect(link).toHaveAttribute('href', '/openbaar/groningen/oosterparkwijk');

  const context = await browser.newContext({ bypassCSP: true });
  await pinClock(context);
  const visitor = await context.newPage();
  await visitor.goto('/openbaar/groningen/oosterparkwijk');
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Wijkplan voor Oosterparkwijk');
  await expect(visitor.getByRole('heading', { level: 2, name: PLAN })).toBeVisible();
  await expect(visitor).toHaveTitle(`${PLAN} – Gemeente Groningen – Wijkkompas`);
  await expect(visitor.locator('meta[name="description"]')).toHaveAttribute('content', /.{40,}/);
  await expect(visitor.getByRole('table', { name: `Voortgang van ${PLAN} per onderdeel` })).toBeVisible();
  // No names of people on the public page.
  await expect(visitor.getByText(/Gemeld door|@groningen/)).toHaveCount(0);
  await checkPage(visitor, 'openbaar-wijkplan');
  await visitor.getByRole('button', { name: 'English' }).click();
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Neighbourhood plan for Oosterparkwijk');
  await visitor.getByRole('button', { name: 'Nederlands' }).click();
  await visitor.getByRole('link', { name: 'Toegankelijkheidsverklaring' }).click();
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Toegankelijkheidsverklaring');
  await checkPage(visitor, 'toegankelijkheidsverklaring');
  await visitor.goBack();
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Wijkplan voor Oosterparkwijk');

  await plan.button('Niet meer openbaar maken').click();
  await expect(page.getByRole('status').filter({ hasText: 'Het plan staat niet meer op de openbare pagina.' })).toBeVisible();
  await visitor.reload();
  await expect(visitor.getByRole('alert')).toContainText('Niet gevonden');
  await context.close();
});

test("Meijhorst's public page is there for a new user of the demo, signed out", async ({ page }) => {
  await page.goto('/openbaar/nijmegen/meijhorst');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wijkplan voor Meijhorst');
  await expect(page.getByRole('link', { name: 'De acties als CSV (voor Excel)' })).toHaveAttribute(
    'href',
    '/api/v1/public/gemeenten/nijmegen/wijken/meijhorst/actions',
  );
  await page.getByRole('link', { name: 'Alle wijkplannen van Gemeente Nijmegen' }).click();
  await expect(page.getByRole('link', { name: 'Wijkplan voor Meijhorst' })).toBeVisible();
  await checkPage(page, 'openbaar-gemeente');
});
