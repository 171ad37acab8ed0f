import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { LoginPage } from './pages/login.page';
import { Shell } from './pages/shell.page';
import { checkPage, screenshot } from './support/a11y';
import { DEMO_PASSWORD, OPERATOR, demoAccount } from './support/accounts';
import { apiPost, unique } from './support/api';

async function signIn(page: Page, role: 'planner' | 'raadslid' | 'beheerder', slug: string): Promise<void> {
  const login = new LoginPage(page);
  await login.goto();
  await login.signInAs(demoAccount(role, slug), DEMO_PASSWORD);
}

// axe-core is injected as a script tag, which the product's CSP refuses.
test.use({ bypassCSP: true });

/** The card of one indicator on "Hoe gaat het met de wijk?". */
const card = (page: Page, name: string) => page.getByRole('article', { name });

test('the planner of Den Haag sees how Moerwijk is doing: the real Leefbaarometer series against the Netherlands, sources and gaps explained', async ({
  page,
}) => {
  await signIn(page, 'planner', 'den-haag');
  await new Shell(page).navLink('Wijken').click();
  await page.getByRole('link', { name: 'Moerwijk' }).first().click();
  await page.getByRole('link', { name: 'Hoe gaat het met de wijk?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hoe gaat het met Moerwijk?' })).toBeVisible();
  await expect(page.getByText(/zegt dat nog niet dat het plan dat heeft gedaan/)).toBeVisible();

  const lbm = card(page, 'Leefbaarometer: totaalscore');
  // Leefbaarometer 3.0, meting 2024: Moerwijk 3,873 in 2024 (data/cbs, WK051836); the Netherlands 4,102 (lbm − afw).
  await expect(lbm.getByRole('definition').first()).toHaveText('3,873');
  await expect(lbm.getByText(/Voor Gemeente Den Haag als geheel staat dit cijfer niet in de gegevens/)).toBeVisible();
  await expect(lbm.getByText(/landelijk gemiddelde van de Leefbaarometer/)).toBeVisible();
  await expect(lbm.getByText(/Bron: Ministerie van BZK \/ Atlas Research, Leefbaarometer 3\.0/)).toBeVisible();
  await expect(lbm.getByText('Eerder signaal: meting van 2012.')).toBeVisible();
  await lbm.getByText('Toon de cijfers als tabel').click();
  const row2002 = lbm.getByRole('row', { name: /^2002/ });
  await expect(row2002.getByRole('cell').nth(0)).toHaveText('3,891');
  await expect(row2002.getByRole('cell').nth(2)).toHaveText('4,102');
  await expect(lbm.getByRole('img', { name: /Leefbaarometer: totaalscore in Moerwijk: 3,891 in 2002, 3,873 in 2024/ })).toBeVisible();

  // CBS figures against Den Haag; the WOZ value of 2020 is missing, and the table says why.
  const woz = card(page, 'Gemiddelde WOZ-waarde van woningen');
  await woz.getByText('Toon de cijfers als tabel').click();
  await expect(woz.getByRole('row', { name: /^2020/ })).toContainText('Niet gepubliceerd in deze uitgave');
  await expect(card(page, 'Eenzaam').getByRole('definition').first()).toHaveText('65%');
  await checkPage(page, 'indicatoren-moerwijk');

  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, 'indicatoren-moerwijk-telefoon');
  // A reload keeps the page; English follows the language switch.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Hoe gaat het met Moerwijk?' })).toBeVisible();
});

test('the signals page lists every wijk with the measurements that raised a signal, also wijken without a plan', async ({ page }) => {
  await signIn(page, 'raadslid', 'den-haag');
  await new Shell(page).navLink('Wijkcijfers').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Signalen: welke wijken glijden af?' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Signalen per wijk' });
  await expect(table.getByRole('row', { name: /Moerwijk/ })).toContainText('Leefbaarometer: totaalscore (2012)');
  await expect(table.getByRole('row', { name: /Morgenstond/ })).toContainText('Leefbaarometer: totaalscore (2014)');
  await checkPage(page, 'indicatoren-signalen');
  await table.getByRole('link', { name: 'Morgenstond' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hoe gaat het met Morgenstond?' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Signalen: welke wijken glijden af?' })).toBeVisible();
});

test('a wijk without figures of its own says so per year, with the reason', async ({ page }) => {
  await signIn(page, 'beheerder', 'den-haag');
  // A buurt of Moerwijk: the Leefbaarometer and CBS files in data/cbs have figures for the wijk, not for this buurt.
  const wijk = await apiPost<{ id: string }>(page, '/wijken', {
    name: unique('Buurt zonder cijfers'),
    cbsUnits: [{ code: 'BU05183620', year: 2024 }],
  });
  await page.goto(`/indicatoren/wijken/${wijk.id}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Cijfers die er voor deze wijk niet zijn' })).toBeVisible();
  const without = page.getByRole('region', { name: 'Cijfers die er voor deze wijk niet zijn' });
  await expect(without.getByRole('listitem').filter({ hasText: 'Leefbaarometer: totaalscore' })).toContainText(
    'Niet gepubliceerd in deze uitgave (2002–2024)',
  );
  // Den Haag's earlier indelingen are not linked for this wijk: the 2016 figures are gaps with that reason.
  await expect(without.getByRole('listitem').filter({ hasText: 'Leefbaarometer 2.0: klasse' })).toContainText(
    'De wijk is niet gekoppeld aan een CBS-gebied van dit jaar (2002–2016)',
  );
  await expect(page.getByRole('article')).toHaveCount(0);
  await checkPage(page, 'indicatoren-zonder-cijfers');
});

test('the operator checks a file first: a bad row is shown with its reason and nothing is imported; the corrected file imports once', async ({
  page,
}) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signInAs(OPERATOR, DEMO_PASSWORD);
  await new Shell(page).navLink('Cijfers').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cijfers importeren' })).toBeVisible();
  await page.getByLabel('Soort bestand').selectOption('long');
  // A year no real file has; Moerwijk and Morgenstond (WK051836, WK051834), the second code mistyped.
  const year = 2003;
  const bad = `gebied;indicator;jaar;waarde\nWK051836;eenzaam;${year};61\nWK05183X;eenzaam;${year};58\n`;
  await page.getByLabel('Inhoud van het bestand').fill(bad);
  await page.getByRole('button', { name: 'Bestand controleren' }).click();
  await expect(page.getByText('Regels die niet kloppen: 1.')).toBeVisible();
  const refused = page.getByRole('table', { name: 'Regels die niet kloppen' });
  await expect(refused.getByRole('row', { name: /^3 gebied/ })).toContainText('"WK05183X" is geen CBS-code');
  await expect(page.getByRole('button', { name: /^Importeer/ })).toHaveCount(0);
  await checkPage(page, 'cijfers-importeren-fout');

  await page.getByLabel('Inhoud van het bestand').fill(bad.replace('WK05183X', 'WK051834'));
  await page.getByRole('button', { name: 'Bestand controleren' }).click();
  await expect(page.getByText(/2 cijfers: 2 nieuw, 0 gewijzigd, 0 hetzelfde\./).first()).toBeVisible();
  await page.getByRole('button', { name: 'Importeer 2 cijfers' }).click();
  await expect(page.getByText('Geïmporteerd: 2 nieuw, 0 gewijzigd.')).toBeVisible();
  // The same file again changes nothing.
  await page.getByRole('button', { name: 'Bestand controleren' }).click();
  await expect(page.getByText('Alle cijfers staan er al zo in. Er is niets te importeren.')).toBeVisible();
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, 'cijfers-importeren-telefoon');
});
