import { expect, test } from './support/test';
import { LoginPage } from './pages/login.page';
import { checkPage } from './support/a11y';
import { DEMO_PASSWORD, demoAccount } from './support/accounts';

// The API's Content-Security-Policy (script-src 'self') refuses the injected axe-core script.
test.use({ bypassCSP: true });

test('the trekker finds the weekly reminder in the demo outbox and can switch it off', async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signInAs(demoAccount('trekker'), DEMO_PASSWORD);
  await page.goto('/mijn-acties');
  await page.getByRole('link', { name: 'E-mails en herinneringen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('E-mails en herinneringen');
  await expect(page.getByText('Demo-outbox: deze e-mails zijn niet verstuurd')).toBeVisible();
  const mail = page
    .locator('details.wk-mail')
    .filter({ hasText: /meldingen over voortgang/ })
    .first();
  await expect(mail).toContainText(`Aan ${demoAccount('trekker')}`);
  await mail.locator('summary').click();
  await expect(mail.locator('pre')).toContainText('Wijkplan Meijhorst 2025–2040');
  await expect(mail.locator('pre')).toContainText('/mijn-acties');
  await checkPage(page, 'e-mails-trekker');

  const box = page.getByLabel('Stuur mij elke week een e-mail met de meldingen die ik moet doen');
  await expect(box).toBeChecked();
  await box.uncheck();
  await expect(page.locator('wk-live-status [role="status"]')).toHaveText('U krijgt geen wekelijkse e-mail meer.');
  await page.reload();
  await expect(page.getByLabel('Stuur mij elke week een e-mail met de meldingen die ik moet doen')).not.toBeChecked();
  await page.getByLabel('Stuur mij elke week een e-mail met de meldingen die ik moet doen').check();
  await expect(page.locator('wk-live-status [role="status"]')).toHaveText('U krijgt de wekelijkse e-mail weer.');
});

test("the beheerder sees every mail of the gemeente and sets the reminder's day", async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signInAs(demoAccount('beheerder'), DEMO_PASSWORD);
  await page.goto('/e-mails');
  await expect(page.getByRole('heading', { name: 'Alle e-mails van de gemeente' })).toBeVisible();
  await expect(page.locator('details.wk-mail').first()).toContainText(`Aan ${demoAccount('trekker')}`);
  const day = page.getByLabel('Dag van de wekelijkse e-mail');
  const before = await day.inputValue();
  await day.selectOption({ label: 'woensdag' });
  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(page.locator('wk-live-status [role="status"]')).toHaveText('Opgeslagen. De e-mail gaat elke woensdag.');
  await page.reload();
  await expect(page.getByLabel('Dag van de wekelijkse e-mail')).toHaveValue('3');
  await page.getByLabel('Dag van de wekelijkse e-mail').selectOption(before);
  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(page.locator('wk-live-status [role="status"]')).toContainText('Opgeslagen.');
});
