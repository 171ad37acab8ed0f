import { expect, test } from './support/test';
import { LoginPage } from './pages/login.page';
import { Shell } from './pages/shell.page';
import { DEMO_PASSWORD, demoAccount } from './support/accounts';

test.describe('Inloggen en uitloggen', () => {
  test('sends a visitor to the sign-in page and back to where they wanted to go', async ({ page }) => {
    await page.goto('/beheer/gebruikers');
    await expect(page).toHaveURL(/\/inloggen\?terug=%2Fbeheer%2Fgebruikers$/);
    await expect(page).toHaveTitle('Inloggen – Wijkkompas');

    const login = new LoginPage(page);
    await login.signInAs(demoAccount('beheerder'), DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/beheer\/gebruikers$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gebruikers');
  });

  test('explains empty fields and a wrong password without saying which one was wrong', async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.submit.click();
    await expect(login.errorSummary).toBeFocused();
    await expect(login.errorSummary).toContainText('Vul uw e-mailadres in.');
    await expect(login.email).toHaveAttribute('aria-invalid', 'true');

    // The viewer account: a wrong attempt must not lock the admin account used by the other tests.
    await login.signIn(demoAccount('raadslid'), 'niet-het-wachtwoord');
    await expect(login.errorSummary).toContainText('E-mailadres of wachtwoord klopt niet.');
    await expect(login.password).toHaveValue('');
  });

  test('signs in as admin, shows gemeente, name and role, and signs out', async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signInAs(demoAccount('beheerder'), DEMO_PASSWORD);

    const shell = new Shell(page);
    await expect(page).toHaveURL(/\/$/);
    await shell.expectSignedIn(/Beheerder/, 'Gemeente Nijmegen');
    await expect(shell.navLink('Overzicht')).toHaveAttribute('aria-current', 'page');
    await expect(shell.navLink('Beheer')).toBeVisible();
    await expect(page).toHaveTitle('Overzicht – Wijkkompas');

    await shell.signOut();
    await page.goto('/beheer');
    await expect(page).toHaveURL(/\/inloggen\?terug=%2Fbeheer$/);
  });

  test('a viewer sees the wijken read-only and no Beheer in the menu', async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signInAs(demoAccount('planner'), DEMO_PASSWORD);
    const shell = new Shell(page);
    await shell.expectSignedIn(/Planner/, 'Gemeente Nijmegen');
    await expect(shell.navLink('Beheer')).toHaveCount(0);

    await shell.navLink('Wijken').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wijken');
    await expect(page.getByRole('table')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Wijk toevoegen' })).toHaveCount(0);

    await page.goto('/beheer/wijken/nieuw');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('U heeft geen toegang tot deze pagina');
  });
});
