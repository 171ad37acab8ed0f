import { expect, test } from './support/test';
import { E2E_YEAR } from './support/clock';
import { LoginPage } from './pages/login.page';
import { PlanPage, PlansListPage } from './pages/plans.page';
import { MyActionsPage, OverviewPage, PlanDashboardPage, UpdateForm } from './pages/progress.page';
import { Shell } from './pages/shell.page';
import { checkPage } from './support/a11y';
import { DEMO_PASSWORD, OPERATOR, demoAccount } from './support/accounts';

/**
 * axe-core on every page of this slice (no serious or critical violations), with a full-page
 * screenshot of each in apps/web-e2e/test-output/screenshots/.
 */
test.describe('Toegankelijkheid en schermafdrukken', () => {
  // The API's Content-Security-Policy (script-src 'self') refuses the injected axe-core script.
  test.use({ bypassCSP: true });

  test('sign-in page', async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await checkPage(page, '01-inloggen');
    await login.submit.click();
    await expect(login.errorSummary).toBeVisible();
    await checkPage(page, '02-inloggen-fouten');
  });

  test.describe('as the admin of Nijmegen', () => {
    test.beforeEach(async ({ page }) => {
      const login = new LoginPage(page);
      await login.goto();
      await login.signInAs(demoAccount('beheerder'), DEMO_PASSWORD);
      await new Shell(page).expectSignedIn(/Beheerder/, 'Gemeente Nijmegen');
    });

    const pages: readonly (readonly [path: string, name: string, heading: string])[] = [
      ['/', '10-overzicht', 'Welkom'],
      ['/wijken', '11-wijken', 'Wijken'],
      ['/beheer', '20-beheer', 'Beheer'],
      ['/beheer/gebruikers', '21-gebruikers', 'Gebruikers'],
      ['/beheer/gebruikers/nieuw', '22-gebruiker-toevoegen', 'Gebruiker toevoegen'],
      ['/beheer/organisatieonderdelen', '23-organisatieonderdelen', 'Organisatieonderdelen'],
      ['/beheer/organisatieonderdelen/nieuw', '24-organisatieonderdeel-toevoegen', 'Organisatieonderdeel toevoegen'],
      ['/beheer/wijken', '25-wijken-beheren', 'Wijken beheren'],
      ['/beheer/wijken/nieuw', '26-wijk-toevoegen', 'Wijk toevoegen'],
      ['/beheer/wijken/importeren', '27-wijken-importeren', 'Wijken importeren'],
      ['/beheer/huisstijl', '28-huisstijl', 'Huisstijl'],
      ['/bestaat-niet', '90-niet-gevonden', 'Deze pagina bestaat niet'],
    ];
    for (const [path, name, heading] of pages) {
      test(`${path} (${name})`, async ({ page }) => {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toContainText(heading);
        await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
        await checkPage(page, name);
      });
    }

    test('edit pages of existing objects', async ({ page }) => {
      test.slow();
      await page.goto('/beheer/gebruikers');
      await page.getByRole('table').getByRole('link').first().click();
      await expect(page.getByRole('heading', { name: 'Toegang' })).toBeVisible();
      await checkPage(page, '29-gebruiker-wijzigen');

      await page.goto('/beheer/organisatieonderdelen');
      await page.getByRole('table').getByRole('link').first().click();
      await expect(page.getByRole('button', { name: 'Organisatieonderdeel verwijderen' })).toBeVisible();
      await checkPage(page, '30-organisatieonderdeel-wijzigen');

      await page.goto('/beheer/wijken');
      await page.getByRole('link', { name: 'Meijhorst' }).click();
      await expect(page.getByRole('heading', { name: 'Geschiedenis' })).toBeVisible();
      await checkPage(page, '31-wijk-wijzigen');

      await page.goto('/wijken');
      await page.getByRole('link', { name: 'Meijhorst' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meijhorst');
      await checkPage(page, '12-wijk-bekijken');
    });

    test('forms with errors', async ({ page }) => {
      await page.goto('/beheer/gebruikers/nieuw');
      await page.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
      await expect(page.locator('.wk-error-summary')).toBeFocused();
      await checkPage(page, '32-gebruiker-toevoegen-fouten');

      await page.goto('/beheer/wijken/importeren');
      await page.getByLabel('Inhoud van het CSV-bestand').fill('naam;cbs_codes;jaar\n;BU99999999;2024');
      await page.getByRole('button', { name: 'Wijken importeren' }).click();
      await expect(page.getByRole('table', { name: /Fouten per regel/ })).toBeVisible();
      await checkPage(page, '33-wijken-importeren-fouten');
    });
  });

  test.describe('wijkplannen, as the planner of Nijmegen', () => {
    test.beforeEach(async ({ page }) => {
      const login = new LoginPage(page);
      await login.goto();
      await login.signInAs(demoAccount('planner'), DEMO_PASSWORD);
      await new Shell(page).expectSignedIn(/Planner/, 'Gemeente Nijmegen');
    });

    test('list, list for one wijk, new plan with warning and errors', async ({ page }) => {
      const list = new PlansListPage(page);
      await list.goto();
      await checkPage(page, '50-plannen');

      await page.goto('/wijken');
      await page.getByRole('link', { name: 'Meijhorst' }).click();
      await page.getByRole('link', { name: 'Plannen voor deze wijk' }).click();
      await expect(list.table.getByRole('caption')).toHaveText(/Wijkplannen voor Meijhorst/);
      await checkPage(page, '51-plannen-voor-wijk');

      await page.getByRole('link', { name: 'Nieuw plan' }).click();
      await expect(page.getByRole('checkbox', { name: 'Meijhorst' })).toBeChecked();
      await page.getByLabel('Laatste jaar').fill(String(E2E_YEAR + 5));
      await expect(page.getByText('kies 10 jaar of meer')).toBeVisible();
      await checkPage(page, '52-plan-nieuw-waarschuwing');
      await page.getByLabel('Eerste jaar').fill('');
      await page.getByRole('button', { name: 'Plan maken' }).click();
      await expect(page.locator('.wk-error-summary')).toBeFocused();
      await checkPage(page, '53-plan-nieuw-fouten');
    });

    test('a new draft: completeness errors, goal form, action form with errors', async ({ page }) => {
      test.slow();
      await page.goto('/plannen/nieuw');
      await page.getByLabel('Naam van het plan').fill('Toegankelijkheid Willemskwartier');
      await page.getByRole('checkbox', { name: 'Willemskwartier' }).check();
      await page.getByRole('button', { name: 'Plan maken' }).click();
      const plan = new PlanPage(page);
      await expect(plan.completeness).toContainText('Schrijf de visie');
      await checkPage(page, '54-plan-concept-onvolledig');

      await page.getByRole('button', { name: 'Doel toevoegen: Bouwsteen 1: Visie en basis op orde', exact: true }).click();
      await page.getByRole('button', { name: 'Doel toevoegen', exact: true }).click();
      await expect(page.getByRole('form', { name: 'Nieuw doel' }).locator('.wk-error-summary')).toBeFocused();
      await checkPage(page, '55-doel-formulier-fouten');
      const goalForm = page.getByRole('form', { name: 'Nieuw doel' });
      await goalForm.getByRole('textbox', { name: 'Doel', exact: true }).fill('Straten zijn schoon en heel.');
      await goalForm.getByRole('button', { name: 'Doel toevoegen', exact: true }).click();
      const goal = plan.goal('Straten zijn schoon en heel.');
      await expect(goal).toBeFocused();

      await goal.getByRole('button', { name: /^Actie toevoegen: / }).click();
      const form = page.getByRole('form', { name: 'Nieuwe actie' });
      await form.getByRole('button', { name: 'Jaar toevoegen' }).click();
      await form.getByLabel('Bedrag in euro').fill('1,250.00');
      await form.getByRole('button', { name: 'Mijlpaal toevoegen' }).click();
      await form.getByRole('group', { name: 'Einde', exact: true }).getByLabel('Jaar').selectOption(String(E2E_YEAR));
      await form.getByRole('group', { name: 'Einde', exact: true }).getByLabel('Kwartaal').selectOption('1');
      await form.getByRole('group', { name: 'Start', exact: true }).getByLabel('Kwartaal').selectOption('3');
      await form.getByRole('button', { name: 'Actie toevoegen', exact: true }).click();
      await expect(form.locator('.wk-error-summary')).toBeFocused();
      await expect(form.locator('.wk-error-summary')).toContainText('Vul een bedrag in euro in');
      await expect(form.locator('.wk-error-summary')).toContainText('Het einde ligt voor de start');
      await checkPage(page, '56-actie-formulier-fouten');
    });

    test("the reporting cadence: chosen for a new plan, changed with the plan's name, wijken and horizon", async ({ page }) => {
      await page.goto('/plannen/nieuw');
      await page.getByLabel('Naam van het plan').fill(`Cadans ${Date.now().toString(36).slice(-4)}`);
      await page.getByRole('checkbox', { name: 'Willemskwartier' }).check();
      await expect(page.getByRole('radio', { name: 'Per kwartaal' })).toBeChecked();
      await page.getByRole('radio', { name: 'Per jaar' }).check();
      await page.getByRole('button', { name: 'Plan maken' }).click();
      const plan = new PlanPage(page);
      await expect(plan.facts.getByRole('definition').filter({ hasText: 'Per jaar' })).toBeVisible();

      await page.getByRole('button', { name: 'Naam, wijken of looptijd wijzigen' }).click();
      await expect(page.getByRole('heading', { name: 'Naam, wijken en looptijd wijzigen' })).toBeFocused();
      await expect(page.getByRole('group', { name: 'Hoe vaak melden de trekkers voortgang?' })).toBeVisible();
      await expect(page.getByRole('radio', { name: 'Per jaar' })).toBeChecked();
      await page.getByRole('radio', { name: 'Per kwartaal' }).check();
      await checkPage(page, '89-plan-gegevens-wijzigen');
      await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      await expect(plan.notice).toContainText('De gegevens van het plan zijn opgeslagen.');
      await expect(plan.facts.getByRole('definition').filter({ hasText: 'Per kwartaal' })).toBeVisible();
    });

    test('a complete draft, in review with the adopt form, its planning, comparison and history', async ({ page }) => {
      test.slow();
      const list = new PlansListPage(page);
      await list.goto();
      await list.open('Wijkplan Meijhorst 2025–2040', 'Concept');
      const plan = new PlanPage(page);
      await expect(plan.completeness).toContainText('Het plan is compleet');
      await checkPage(page, '57-plan-concept-compleet');

      await plan.tab('Planning');
      await expect(page.getByRole('table', { name: /Acties per jaar/ })).toBeVisible();
      await checkPage(page, '59-planning');
      await plan.tab('Vergelijken');
      await expect(page.getByText('Wat is er anders in versie 2 dan in versie 1?')).toBeVisible();
      await checkPage(page, '60-vergelijken');
      await plan.tab('Geschiedenis');
      await expect(page.getByRole('list', { name: /Wijzigingen/ })).toBeVisible();
      await page.locator('.wk-history__item details').first().locator('summary').click();
      await checkPage(page, '61-geschiedenis');

      await plan.tab('Plan');
      await plan.button('Indienen ter bespreking').click();
      await expect(plan.notice).toContainText('Het plan is ingediend ter bespreking.');
      await plan.button('Vaststellen').click();
      await expect(page.getByRole('form', { name: 'Plan vaststellen' })).toBeVisible();
      await checkPage(page, '62-plan-ter-bespreking-vaststellen');
      await plan.button('Terug naar concept').click();
      await expect(plan.notice).toContainText('Het plan is teruggezet naar concept.');
    });

    test('an adopted revision, on a narrow screen and in English', async ({ page }) => {
      const list = new PlansListPage(page);
      await list.goto();
      await list.open('Wijkplan Meijhorst 2025–2040', 'Vastgesteld');
      await expect(page.getByText('Deze versie is vastgesteld en kan niet meer worden gewijzigd.')).toBeVisible();
      await checkPage(page, '58-plan-vastgesteld');

      await page.setViewportSize({ width: 375, height: 800 });
      await checkPage(page, '65-plan-smal');
      await page.setViewportSize({ width: 1280, height: 900 });

      const shell = new Shell(page);
      await shell.switchTo('English');
      await expect(page.getByText('This version has been adopted and can no longer be changed.')).toBeVisible();
      await checkPage(page, '64-plan-english');
      await shell.switchTo('Nederlands');
    });
  });

  test('a plan for a contributor: read only', async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signInAs(demoAccount('trekker'), DEMO_PASSWORD);
    const list = new PlansListPage(page);
    await list.goto();
    await list.open('Wijkplan Meijhorst 2025–2040', 'Concept');
    await expect(page.getByText('U kunt dit plan lezen.')).toBeVisible();
    await checkPage(page, '63-plan-trekker');
  });

  test.describe('voortgang, as the trekker of Nijmegen', () => {
    test.beforeEach(async ({ page }) => {
      const login = new LoginPage(page);
      await login.goto();
      await login.signInAs(demoAccount('trekker'), DEMO_PASSWORD);
    });

    test('mijn acties, the update form with errors, an action, the actions of a unit', async ({ page }) => {
      test.slow();
      const mine = new MyActionsPage(page);
      await mine.goto();
      await expect(mine.cards().first()).toBeVisible();
      await checkPage(page, '75-mijn-acties');

      await mine.filter(/^Met een melding die te laat is/);
      await expect(page.getByRole('heading', { level: 2, name: /^Acties met een melding die te laat is/ })).toBeVisible();
      await checkPage(page, '76-mijn-acties-te-laat');
      await mine.filter(/^Alle acties/);

      const first = mine
        .cards()
        .filter({ has: page.getByRole('button', { name: /^Voortgang melden/ }) })
        .first();
      const card = mine.card((await first.getByRole('heading', { level: 3 }).innerText()).trim()).card;
      await card.getByRole('button', { name: /^Voortgang melden/ }).click();
      const form = new UpdateForm(card.getByRole('form'));
      await form.narrative.fill('');
      await form.percent.fill('veel');
      await form.submit.click();
      await expect(form.errorSummary).toBeFocused();
      await checkPage(page, '77-mijn-acties-melding-fouten');

      await card.getByRole('heading', { level: 3 }).getByRole('link').click();
      await expect(page.getByRole('heading', { name: /^Meldingen/ })).toBeVisible();
      await checkPage(page, '78-actie-met-formulier');

      await page.goto('/organisatieonderdelen');
      await expect(page.getByText('Uw eigen onderdelen:')).toBeVisible();
      await checkPage(page, '79-per-onderdeel-kiezen');
      await page.getByRole('link', { name: 'Sociaal Domein', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Acties van Sociaal Domein');
      await expect(page.getByRole('article').first()).toBeVisible();
      await checkPage(page, '80-per-onderdeel');
    });
  });

  test.describe('voortgang, as the planner of Nijmegen', () => {
    test.beforeEach(async ({ page }) => {
      const login = new LoginPage(page);
      await login.goto();
      await login.signInAs(demoAccount('planner'), DEMO_PASSWORD);
    });

    test('the overview with and without pillars, the dashboard of the adopted and of the draft revision', async ({ page }) => {
      test.slow();
      const overview = new OverviewPage(page);
      await overview.goto();
      await checkPage(page, '81-voortgang-overzicht');
      await page.getByLabel('Toon ook de drie pijlers van bouwsteen 4').check();
      await expect(overview.table.getByRole('columnheader', { name: /Sociale basis/ })).toBeVisible();
      await checkPage(page, '82-voortgang-overzicht-pijlers');

      await overview.table.getByRole('link', { name: 'Wijkplan Meijhorst 2025–2040', exact: true }).click();
      const dashboard = new PlanDashboardPage(page);
      await expect(dashboard.blocks).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Zo rekenen we de voortgang uit' })).toBeVisible();
      await dashboard.expectComplete();
      await checkPage(page, '83-dashboard');

      await page.setViewportSize({ width: 375, height: 800 });
      await checkPage(page, '84-dashboard-smal');
      await page.setViewportSize({ width: 1280, height: 900 });

      const shell = new Shell(page);
      await shell.switchTo('English');
      await expect(page.getByRole('table', { name: 'Progress per building block in figures' })).toBeVisible();
      await dashboard.expectComplete();
      await checkPage(page, '85-dashboard-english');
      await shell.switchTo('Nederlands');

      const list = new PlansListPage(page);
      await list.goto();
      await list.open('Wijkplan Meijhorst 2025–2040', 'Concept');
      await new PlanPage(page).tab('Voortgang');
      await expect(page.getByText('Trekkers melden voortgang op de vastgestelde versie (versie 1).')).toBeVisible();
      await expect(dashboard.blocks).toBeVisible();
      await dashboard.expectComplete();
      await checkPage(page, '86-dashboard-concept');

      await page.goto('/mijn-acties');
      await expect(page.getByText('U hoort nog niet bij een afdeling of organisatie.')).toBeVisible();
      await checkPage(page, '87-mijn-acties-zonder-onderdeel');

      await page.setViewportSize({ width: 375, height: 800 });
      await overview.goto();
      await checkPage(page, '88-voortgang-overzicht-smal');
      await page.setViewportSize({ width: 1280, height: 900 });
    });
  });

  test('the same shell in English', async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signInAs(demoAccount('beheerder'), DEMO_PASSWORD);
    const shell = new Shell(page);
    await shell.switchTo('English');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Welcome');
    await checkPage(page, '13-overview-english');
    await shell.switchTo('Nederlands');
  });

  test('operator pages', async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signInAs(OPERATOR, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/platform\/gemeenten$/);
    await expect(page.getByRole('table')).toContainText('Gemeente Nijmegen');
    await checkPage(page, '40-platform-gemeenten');
    await page.getByRole('link', { name: 'Gemeente toevoegen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gemeente toevoegen');
    await checkPage(page, '41-gemeente-toevoegen');
  });
});
