import { expect, test } from './support/test';
import { LoginPage } from './pages/login.page';
import { Shell } from './pages/shell.page';
import { WijkFormPage, WijkenAdminPage } from './pages/wijken-admin.page';
import { screenshot } from './support/a11y';
import { unique } from './support/api';
import { DEMO_PASSWORD, demoAccount } from './support/accounts';

test('admin of Nijmegen adds a wijk, sees it listed, switches to English and signs out', async ({ page }) => {
  const wijkName = unique('Tolhuis');

  const login = new LoginPage(page);
  await login.goto();
  await login.signInAs(demoAccount('beheerder'), DEMO_PASSWORD);
  const shell = new Shell(page);
  await shell.expectSignedIn(/Beheerder/, 'Gemeente Nijmegen');

  // Beheer → Wijken beheren
  await shell.navLink('Beheer').click();
  await page.getByRole('link', { name: 'Wijken beheren' }).click();
  const list = new WijkenAdminPage(page);
  await expect(list.heading).toHaveText('Wijken beheren');
  await expect(list.row('Meijhorst')).toContainText('BU02680733');

  // Client-side checks first: an empty form names its problems.
  await list.addLink.click();
  const form = new WijkFormPage(page);
  await form.cbsCode(0).fill('');
  await form.submit.click();
  await expect(form.errorSummary).toBeFocused();
  await expect(form.errorSummary).toContainText('Vul de naam van de wijk in.');
  await expect(form.errorSummary).toContainText('Vul de CBS-code in.');
  await screenshot(page, 'wijk-form-errors');

  await form.fill(wijkName, [{ code: 'BU02680731', year: 2024 }]);
  await form.submit.click();

  await expect(page).toHaveURL(/\/beheer\/wijken$/);
  await expect(list.confirmation).toContainText(`Wijk ${wijkName} is toegevoegd.`);
  const row = list.row(wijkName);
  await expect(row).toContainText('BU02680731');
  await expect(row).toContainText('Tolhuis');
  await expect(row).toContainText('2024');
  await screenshot(page, 'wijken-beheer-na-toevoegen');

  await shell.switchTo('English');
  await expect(list.heading).toHaveText('Manage neighbourhoods');
  await expect(page.getByRole('columnheader', { name: 'Neighbourhood' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'CBS areas' })).toBeVisible();
  await expect(shell.navLink('Administration')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Add neighbourhood' })).toBeVisible();
  await expect(page).toHaveTitle('Manage neighbourhoods – Wijkkompas');
  await screenshot(page, 'wijken-beheer-english');

  // The choice is remembered; switch back so that other tests start in Dutch.
  await page.reload();
  await expect(list.heading).toHaveText('Manage neighbourhoods');
  await shell.switchTo('Nederlands');
  await expect(list.heading).toHaveText('Wijken beheren');

  await shell.signOut();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inloggen bij Wijkkompas');
});

test('a CSV import with errors imports nothing and lists the errors per row', async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signInAs(demoAccount('beheerder'), DEMO_PASSWORD);
  await page.goto('/beheer/wijken/importeren');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wijken importeren');

  await page
    .getByLabel('Inhoud van het CSV-bestand')
    .fill(['naam;cbs_codes;jaar', 'Lankforst;BU02680734;2024', ';BU99999999;2024', 'Aldenhof;WK12;2024'].join('\n'));
  await page.getByRole('button', { name: 'Wijken importeren' }).click();

  const errors = page.getByRole('table', { name: /Fouten per regel/ });
  await expect(errors).toBeVisible();
  await expect(page.locator('.wk-error-summary')).toContainText('Er is niets geïmporteerd');
  await expect(errors.getByRole('row').filter({ hasText: 'naam' }).first()).toContainText('3');
  // Every id on the page is unique, and the summary's link leads to the table of row errors.
  const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  await page.locator('.wk-error-summary').getByRole('link').first().click();
  await expect(page.locator('.wk-table-container').filter({ has: errors })).toBeFocused();
  await screenshot(page, 'wijken-import-fouten');

  await page.goto('/beheer/wijken');
  await expect(new WijkenAdminPage(page).row('Lankforst')).toHaveCount(0);
});

test('a beheerder finds CBS buurten by name instead of typing codes', async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signInAs(demoAccount('beheerder'), DEMO_PASSWORD);
  await page.goto('/beheer/wijken/nieuw');
  const form = new WijkFormPage(page);
  const search = page.getByLabel('Zoek een CBS-wijk of -buurt op naam');
  // Too short first, then Enter searches (and does not submit the wijk form).
  await search.fill('h');
  await search.press('Enter');
  await expect(page.getByText('Typ minstens twee letters.')).toBeVisible();
  await search.fill('hatert');
  await search.press('Enter');
  await expect(page.getByText(/\d+ gevonden\. Kies er een om toe te voegen\./)).toBeVisible();
  await expect(form.errorSummary).toHaveCount(0);
  await page.getByRole('button', { name: /^Hatert \(BU02680616\) toevoegen/ }).click();
  await expect(form.cbsCode(0)).toHaveValue('BU02680616');
  await expect(form.cbsYear(0)).toHaveValue('2024');
  await expect(form.name).toHaveValue('Hatert');
  await page.getByRole('button', { name: /^Hatertse Hei \(BU02680614\) toevoegen/ }).click();
  await expect(form.cbsCode(1)).toHaveValue('BU02680614');
  // Twice the same: said, not added.
  await page.getByRole('button', { name: /^Hatert \(BU02680616\) toevoegen/ }).click();
  await expect(page.getByText('Hatert (BU02680616) staat al in de lijst.')).toBeVisible();
  await expect(form.cbsCode(2)).toHaveCount(0);
  await screenshot(page, 'wijk-form-cbs-zoeken');
  const name = unique('Hatert');
  await form.name.fill(name);
  await form.submit.click();
  await expect(page).toHaveURL(/\/beheer\/wijken$/);
  const row = new WijkenAdminPage(page).row(name);
  await expect(row).toContainText('BU02680616');
  await expect(row).toContainText('BU02680614');
});
