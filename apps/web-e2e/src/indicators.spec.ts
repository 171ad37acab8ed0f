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

test('"Hoe gaan de wijken?" lists the signals of every wijk, colours the map by a chosen figure and ranks the wijken', async ({ page }) => {
  await signIn(page, 'raadslid', 'den-haag');
  // The progress overview names the wijken whose signal stands now, with or without an adopted plan.
  await new Shell(page).navLink('Voortgang').click();
  const summary = page.getByRole('region', { name: 'Signalen: wijken die afglijden' });
  await expect(summary.getByRole('listitem').filter({ hasText: 'Morgenstond' })).toContainText(
    'Leefbaarometer: Overlast en onveiligheid (2024)',
  );
  await new Shell(page).navLink('Wijkcijfers').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hoe gaan de wijken?' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Signalen per wijk' });
  await expect(table.getByRole('row', { name: /Moerwijk/ })).toContainText('Leefbaarometer: totaalscore (2012)');
  await expect(table.getByRole('row', { name: /Morgenstond/ })).toContainText('Leefbaarometer: totaalscore (2014)');
  // The thresholds in force are stated; a raadslid may read them, not change them.
  await expect(page.getByText(/Aantal metingen op rij dat nodig is: 2\./)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Signaalregels van de gemeente bekijken' })).toBeVisible();

  // The map and its table: the Leefbaarometer of 2024 against the Netherlands (Den Haag has no figure of its own).
  await expect(
    page.getByRole('img', { name: /Kaart van de wijken van Gemeente Den Haag, gekleurd naar Leefbaarometer: totaalscore/ }),
  ).toBeVisible();
  const perFigure = () => page.getByRole('table', { name: /het laatste cijfer per wijk, vergeleken met de stad/ });
  await expect(perFigure().getByRole('row', { name: /Moerwijk/ })).toContainText('3,873 (2024)');
  await expect(perFigure().getByRole('row', { name: /Moerwijk/ })).toContainText('veel slechter dan Nederland');
  // Another figure: CBS's share of low incomes in 2019 (the 2020 edition has none yet), against Den Haag.
  await page.getByLabel('Kies een cijfer').selectOption({ label: 'Huishoudens met een laag inkomen' });
  await expect(perFigure()).toHaveAccessibleName(/^Huishoudens met een laag inkomen/);
  await expect(perFigure().getByRole('row', { name: /Moerwijk/ })).toContainText('(2019)');
  await expect(perFigure().getByRole('row', { name: /Moerwijk/ })).toContainText('veel slechter dan de stad');
  await expect(page.getByRole('table', { name: 'Alle wijken en alle cijfers, vergeleken met de stad' })).toBeVisible();
  await checkPage(page, 'indicatoren-alle-wijken');

  await page.getByLabel('Kies een cijfer').selectOption({ label: 'Leefbaarometer: totaalscore' });
  await page.getByRole('link', { name: 'Ranglijst van alle wijken: Leefbaarometer: totaalscore' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ranglijst: Leefbaarometer: totaalscore' })).toBeVisible();
  const ranking = page.getByRole('table', { name: /de wijken van best naar slechtst/ });
  // 2024: Morgenstond 3,883 before Moerwijk 3,873 (data/cbs, Leefbaarometer 3.0).
  await expect(ranking.getByRole('row').nth(1)).toContainText('Morgenstond');
  await expect(ranking.getByRole('row').nth(2)).toContainText('Moerwijk');
  await page.getByLabel('Verandering sinds', { exact: true }).selectOption('2012');
  await expect(page).toHaveURL(/sinds=2012/);
  await expect(ranking).toHaveAccessibleName(/verandering sinds 2012/);
  // Moerwijk 2012 3,786 → 2024 3,873.
  await expect(ranking.getByRole('row', { name: /Moerwijk/ })).toContainText('+0,087');
  await checkPage(page, 'indicatoren-ranglijst');
  await page.reload();
  await expect(page.getByLabel('Verandering sinds', { exact: true })).toHaveValue('2012');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Hoe gaan de wijken?' })).toBeVisible();
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, 'indicatoren-alle-wijken-telefoon');
});

test('a planner sets the signal rules: wrong input is named, the saved rules hold after a reload and drive the signals', async ({
  page,
}) => {
  // Rotterdam, so that the other tests keep the standard rules of Den Haag.
  await signIn(page, 'planner', 'rotterdam');
  await page.goto('/indicatoren/signaalregels');
  await expect(page.getByRole('heading', { level: 1, name: 'Signaalregels van de gemeente' })).toBeVisible();
  await expect(page.getByText('De gemeente gebruikt de standaardregels')).toBeVisible();
  await page.getByLabel('Aantal metingen op rij').fill('9');
  await page.getByRole('button', { name: 'Regels opslaan' }).click();
  await expect(page.getByRole('alert')).toContainText('Kies een heel getal van 1 tot en met 5 metingen.');
  await page.getByLabel('Aantal metingen op rij').fill('1');
  await page.getByLabel('Minimale verslechtering per meting (%)').fill('0.5');
  await page.getByRole('button', { name: 'Regels opslaan' }).dblclick();
  await expect(page.getByRole('status').filter({ hasText: 'De signaalregels zijn opgeslagen' })).toBeVisible();
  await checkPage(page, 'signaalregels');
  await page.reload();
  await expect(page.getByLabel('Aantal metingen op rij')).toHaveValue('1');
  await expect(page.getByText('De gemeente heeft eigen regels ingesteld.')).toBeVisible();
  await page.goto('/indicatoren');
  await expect(page.getByText(/meer dan 0,5% van het niveau\. Aantal metingen op rij dat nodig is: 1\./)).toBeVisible();
  await page.goto('/indicatoren/signaalregels');
  await page.getByRole('button', { name: 'Standaardregels gebruiken' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'De signaalregels zijn opgeslagen' })).toBeVisible();
  await expect(page.getByLabel('Aantal metingen op rij')).toHaveValue('2');
});

test('a planner sets Moerwijk beside a wijk of another gemeente on public figures, and takes it away again', async ({ page }) => {
  await signIn(page, 'planner', 'den-haag');
  await new Shell(page).navLink('Wijken').click();
  await page.getByRole('link', { name: 'Moerwijk' }).first().click();
  await page.getByRole('link', { name: 'Hoe gaat het met de wijk?' }).click();
  await page.getByRole('link', { name: 'Vergelijk met wijken in andere gemeenten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Moerwijk naast wijken elders' })).toBeVisible();
  await page.getByLabel('Zoek een wijk op naam').fill('c');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Typ minstens 2 letters.' })).toBeVisible();
  await page.getByLabel('Zoek een wijk op naam').fill('Charlois');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await page.getByRole('button', { name: 'Charlois toevoegen' }).click();
  await expect(page).toHaveURL(/met=WK059915/);
  const lbm = page.getByRole('article', { name: 'Leefbaarometer: totaalscore' });
  await expect(lbm.getByRole('img')).toHaveAccessibleName(/Moerwijk, Charlois \(Rotterdam\)/);
  await lbm.getByText('Toon de cijfers als tabel').click();
  // Leefbaarometer 3.0, meting 2024 (data/cbs): Moerwijk 3,873 and Charlois 3,829 in 2024.
  await expect(lbm.getByRole('row', { name: /^2024/ })).toContainText('3,873');
  await expect(lbm.getByRole('row', { name: /^2024/ })).toContainText('3,829');
  await checkPage(page, 'indicatoren-vergelijken');
  await page.reload();
  await expect(page.getByRole('article', { name: 'Leefbaarometer: totaalscore' })).toBeVisible();
  await page.getByRole('button', { name: 'Charlois weghalen' }).click();
  await expect(page.getByRole('article')).toHaveCount(0);
  await page.goBack();
  await expect(page).toHaveURL(/met=WK059915/);
});

test('a planner adds an own indicator (a resident survey), imports its figures and sees them on the wijk page', async ({ page }) => {
  await signIn(page, 'planner', 'nijmegen');
  await page.goto('/indicatoren');
  await page.getByRole('link', { name: 'Eigen indicatoren van de gemeente' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Eigen indicatoren van de gemeente' })).toBeVisible();
  // Nothing filled in: every required field is named, and nothing is stored.
  await page.getByRole('button', { name: 'Indicator toevoegen' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
  await expect(summary.getByRole('link', { name: 'Vul dit veld in: Naam (Nederlands).' })).toBeVisible();
  await expect(summary.getByRole('link', { name: 'Kies minstens één bouwsteen.' })).toBeVisible();
  await summary.getByRole('link', { name: 'Vul dit veld in: Naam (Nederlands).' }).click();
  await expect(page.getByLabel('Naam (Nederlands)')).toBeFocused();
  const code = unique('veilig').replace('-', '_');
  await page.getByLabel('Code', { exact: true }).fill(code);
  await page.getByLabel('Naam (Nederlands)').fill('Voelt zich veilig in de buurt');
  await page.getByLabel('Naam (Engels)').fill('Feels safe in the neighbourhood');
  await page.getByLabel('Uitleg (Nederlands)').fill('Deel van de bewoners dat zich meestal veilig voelt.');
  await page.getByLabel('Uitleg (Engels)').fill('Share of residents who usually feel safe.');
  await page.getByLabel('Bron: wie meet het').fill('Gemeente Nijmegen');
  await page.getByLabel('Bron: onderzoek of bestand').fill('Bewonerspanel');
  await page.getByLabel('Bron: vraag of variabele').fill('Vraag 12');
  await page.getByLabel('Visie en basis op orde').check();
  await page.getByRole('button', { name: 'Indicator toevoegen' }).click();
  await expect(page.getByText('Indicator Voelt zich veilig in de buurt is toegevoegd.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Eigen indicatoren' }).getByRole('row', { name: /Voelt zich veilig/ })).toContainText(code);
  await checkPage(page, 'eigen-indicatoren');

  await page.getByRole('link', { name: 'Cijfers voor eigen indicatoren importeren' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cijfers importeren' })).toBeVisible();
  // Meijhorst (BU02680733) in two survey years.
  await page
    .getByLabel('Inhoud van het bestand')
    .fill(`gebied;indicator;jaar;waarde\nBU02680733;${code};2022;71\nBU02680733;${code};2024;76\n`);
  await page.getByRole('button', { name: 'Bestand controleren' }).click();
  await page.getByRole('button', { name: 'Importeer 2 cijfers' }).click();
  await expect(page.getByText('Geïmporteerd: 2 nieuw, 0 gewijzigd.')).toBeVisible();

  await new Shell(page).navLink('Wijken').click();
  await page.getByRole('link', { name: 'Meijhorst' }).first().click();
  await page.getByRole('link', { name: 'Hoe gaat het met de wijk?' }).click();
  const own = card(page, 'Voelt zich veilig in de buurt');
  await expect(own.getByText('Eigen cijfer van de gemeente')).toBeVisible();
  await expect(own.getByRole('definition').first()).toHaveText('76%');
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
  const bad = `gebied;indicator;jaar;waarde\nWK051836;eenzaam;${year};61\nWK05I836;eenzaam;${year};58\n`;
  await page.getByLabel('Inhoud van het bestand').fill(bad);
  await page.getByRole('button', { name: 'Bestand controleren' }).click();
  await expect(page.getByText('Regels die niet kloppen: 1.')).toBeVisible();
  const refused = page.getByRole('table', { name: 'Regels die niet kloppen' });
  await expect(refused.getByRole('row', { name: /^3 gebied/ })).toContainText('"WK05I836" is geen CBS-code');
  await expect(page.getByRole('button', { name: /^Importeer/ })).toHaveCount(0);
  await checkPage(page, 'cijfers-importeren-fout');

  await page.getByLabel('Inhoud van het bestand').fill(bad.replace('WK05I836', 'WK051834'));
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
