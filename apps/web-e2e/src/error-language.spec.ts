import { expect, test } from './support/test';
import { LoginPage } from './pages/login.page';
import { PlansListPage } from './pages/plans.page';
import { Shell } from './pages/shell.page';
import { screenshot } from './support/a11y';
import { DEMO_PASSWORD, demoAccount } from './support/accounts';

test('with the interface in English a field error from the API is English, and follows the switch back to Dutch', async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signInAs(demoAccount('planner'), DEMO_PASSWORD);
  const list = new PlansListPage(page);
  await list.goto();
  await new Shell(page).switchTo('English');

  await page.getByRole('link', { name: 'New plan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New neighbourhood plan');
  // 201 characters: the form lets it through, the API refuses it (a limit from the shared contracts).
  const title = page.getByLabel('Name of the plan');
  await title.fill(`Wijkplan ${'x'.repeat(192)}`);
  await page.getByRole('checkbox').first().check();
  await page.getByLabel('Last year').fill('2040');
  const answer = page.waitForResponse((res) => res.url().endsWith('/api/v1/plans') && res.request().method() === 'POST');
  await page.getByRole('button', { name: 'Create plan' }).click();
  const response = await answer;
  expect(response.status()).toBe(400);
  expect(await response.request().headerValue('accept-language')).toBe('en');
  expect(response.headers()['content-language']).toBe('en');

  const english = 'Use at most 200 characters.';
  await expect(page.locator('form').getByText(english).first()).toBeVisible();
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await screenshot(page, 'veldfout-engels');

  // The message is kept by its code: switching the language translates it without asking the API again.
  await new Shell(page).switchTo('Nederlands');
  await expect(page.locator('form').getByText('Gebruik maximaal 200 tekens.').first()).toBeVisible();
  await expect(page.locator('form').getByText(english)).toHaveCount(0);
  await screenshot(page, 'veldfout-nederlands');
});
