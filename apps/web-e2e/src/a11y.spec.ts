import { expect, test } from '@playwright/test';
import { LoginPage } from './pages/login.page';
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
