import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { LoginPage } from './pages/login.page';
import { Shell } from './pages/shell.page';
import { checkPage, screenshot } from './support/a11y';
import { DEMO_PASSWORD, demoAccount } from './support/accounts';

/** A tab of the plan's own navigation (the main menu has a "Voortgang" too). */
const planTab = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Onderdelen van het plan' }).getByRole('link', { name, exact: true });

// axe-core is injected as a script tag, which the product's CSP refuses.
test.use({ bypassCSP: true });

async function signIn(page: Page): Promise<void> {
  const login = new LoginPage(page);
  await login.goto();
  await login.signInAs(demoAccount('planner', 'den-haag'), DEMO_PASSWORD);
}

test('the planner of Den Haag sees the demo plan of Moerwijk judged on its effect indicator', async ({ page }) => {
  await signIn(page);
  await new Shell(page).navLink('Plannen').click();
  await page
    .getByRole('link', { name: /Wijkplan Moerwijk/ })
    .first()
    .click();
  await planTab(page, 'Voortgang').click();
  const section = page.getByRole('region', { name: 'Effectindicatoren: hoe gaat het met de wijk?' });
  await expect(section.getByText(/zegt dat nog niet dat het plan dat heeft gedaan/)).toBeVisible();
  const lbm = section.getByRole('article', { name: 'Leefbaarometer: totaalscore – Moerwijk' });
  // Leefbaarometer 3.0 (data/cbs): Moerwijk 3,873 in 2024; the line from 3,880 (2022) via 3,920 (2026) expects 3,900.
  await expect(lbm).toContainText('3,873 (2024)');
  await expect(lbm).toContainText('3,900 (2024)');
  await expect(lbm).toContainText('Niet op koers');
  await checkPage(page, 'dashboard-effectindicatoren');
  // The wijk page draws the plan's target beside the figures and says where Moerwijk stands.
  await lbm.getByRole('link', { name: 'Alle cijfers van Moerwijk' }).click();
  const card = page.getByRole('article', { name: 'Leefbaarometer: totaalscore' });
  await expect(card.getByText('Doel van het plan: van 3,880 (2022) naar 4,000 in 2030. Niet op koers.')).toBeVisible();
  await expect(card.getByRole('listitem').filter({ hasText: 'Doel van het plan' })).toBeVisible();
});

test('a planner links an indicator to a goal with baseline and target, and sees it on the dashboard', async ({ page }) => {
  await signIn(page);
  await new Shell(page).navLink('Plannen').click();
  await page
    .getByRole('link', { name: /Morgenstond 2026–2042/ })
    .first()
    .click();
  const add = page.getByRole('button', {
    name: 'Effectindicator koppelen aan doel: Het groen en de straten van Morgenstond zijn schoon, heel en veilig.',
  });
  await add.click();
  // Nothing filled in: the fields are named and nothing is stored.
  await page.getByRole('button', { name: 'Effectindicator opslaan' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
  await expect(summary.getByRole('link', { name: 'Vul een jaartal in, bijvoorbeeld 2030.' }).first()).toBeVisible();
  await page.getByLabel('Indicator', { exact: true }).selectOption({ label: 'Leefbaarometer: totaalscore' });
  await page.getByLabel('Jaar nulmeting').fill('2018');
  await page.getByLabel('Waarde nulmeting').fill('3,90');
  await page.getByLabel('Jaar doel', { exact: true }).fill('2016');
  await page.getByLabel('Doelwaarde').fill('4,10');
  await page.getByRole('button', { name: 'Effectindicator opslaan' }).click();
  // The API refuses a target year before the baseline, naming the field.
  await expect(summary.getByRole('link', { name: 'Het jaar van het doel moet na het jaar van de nulmeting liggen.' })).toBeVisible();
  await page.getByLabel('Jaar doel', { exact: true }).fill('2030');
  await page.getByRole('button', { name: 'Effectindicator opslaan' }).dblclick();
  const goal = page.getByRole('article', { name: /Het groen en de straten van Morgenstond/ });
  await expect(
    goal.getByRole('listitem').filter({ hasText: 'Leefbaarometer: totaalscore, Morgenstond: van 3,900 (2018) naar 4,100 in 2030' }),
  ).toHaveCount(1);
  await checkPage(page, 'plan-effectindicator');

  await planTab(page, 'Voortgang').click();
  const card = page.getByRole('region', { name: 'Effectindicatoren: hoe gaat het met de wijk?' }).getByRole('article', {
    name: 'Leefbaarometer: totaalscore – Morgenstond',
  });
  // 2024: 3,883 against 3,900 + 0,200 × 6/12 = 4,000 on the line, with a margin of 0,020: not on course.
  await expect(card).toContainText('3,883 (2024)');
  await expect(card).toContainText('4,000 (2024)');
  await expect(card).toContainText('Niet op koers');
  await page.reload();
  await expect(card).toContainText('Niet op koers');
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, 'dashboard-effectindicator-telefoon');

  // Unlink it again on the plan page (the demo plan stays as it was for other tests).
  await page.goBack();
  await page.getByRole('button', { name: 'Leefbaarometer: totaalscore ontkoppelen' }).click();
  await expect(goal.getByRole('listitem').filter({ hasText: 'Leefbaarometer: totaalscore, Morgenstond' })).toHaveCount(0);
});
