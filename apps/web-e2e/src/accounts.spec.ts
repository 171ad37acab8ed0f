import type { Browser, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { pinClock } from './support/clock';
import { LoginPage } from './pages/login.page';
import { Shell } from './pages/shell.page';
import { ChangePasswordPage, ChooseTenantPage, readTemporaryPassword } from './pages/accounts.page';
import { checkPage, screenshot } from './support/a11y';
import { CONSULTANT, DEMO_PASSWORD, OPERATOR, demoAccount } from './support/accounts';
import { apiPost, unique } from './support/api';

/** What the tests read from the API's answers. */
interface Created {
  id: string;
}

const NEW_PASSWORD = 'mijn eigen lange wachtwoord';

// axe-core is injected into the pages (support/a11y.ts).
test.use({ bypassCSP: true });

/** A page in its own browser context (its own session), signed in. */
async function signedIn(browser: Browser, email: string, password: string): Promise<Page> {
  const context = await browser.newContext({ bypassCSP: true });
  await pinClock(context);
  const page = await context.newPage();
  const login = new LoginPage(page);
  await login.goto();
  await login.signInAs(email, password);
  return page;
}

/** A screenshot at phone width (390 px), then back to the desktop size of the config. */
async function phoneScreenshot(page: Page, name: string): Promise<void> {
  const desktop = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, `${name}-telefoon`);
  if (desktop) await page.setViewportSize(desktop);
}

/** A fresh browser context on the sign-in page. */
async function signInPage(browser: Browser): Promise<{ page: Page; login: LoginPage }> {
  const context = await browser.newContext({ bypassCSP: true });
  await pinClock(context);
  const page = await context.newPage();
  const login = new LoginPage(page);
  await login.goto();
  return { page, login };
}

test.describe('Wachtwoorden', () => {
  test('a beheerder adds a user with a temporary password; at the first sign-in the user must choose a password of their own', async ({
    page,
    browser,
  }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signInAs(demoAccount('beheerder'), DEMO_PASSWORD);
    await page.goto('/beheer/gebruikers/nieuw');
    const email = `${unique('nieuw')}@nijmegen.demo.wijkkompas.nl`;
    await page.getByLabel('Naam', { exact: true }).fill('Fatima Nieuw');
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByRole('radio', { name: 'Planner' }).check();
    // The password is left empty: Wijkkompas makes a temporary one, shown once.
    await page.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
    await expect(page.getByText('Tijdelijk wachtwoord voor Fatima Nieuw')).toBeVisible();
    const temporary = await readTemporaryPassword(page);
    await checkPage(page, 'a0-gebruiker-tijdelijk-wachtwoord');
    await phoneScreenshot(page, 'a0-gebruiker-tijdelijk-wachtwoord');

    const { page: user, login: userLogin } = await signInPage(browser);
    await userLogin.signIn(email, temporary);
    const change = new ChangePasswordPage(user);
    await change.expectOpen();
    await expect(user.getByText('U bent ingelogd met een tijdelijk wachtwoord.')).toBeVisible();
    // Nothing else is open until the password is changed: no menu, and other pages lead back here.
    await expect(new Shell(user).nav).toHaveCount(0);
    await user.goto('/plannen');
    await change.expectOpen();
    await checkPage(user, 'a1-wachtwoord-verplicht');

    // The rules: not a common password, the same twice.
    await change.change(temporary, 'Wachtwoord2026!');
    await expect(change.errorSummary).toContainText('Dit wachtwoord wordt veel gebruikt');
    await expect(change.newPassword).toHaveAttribute('aria-invalid', 'true');
    await change.change(temporary, NEW_PASSWORD, 'iets anders dan dat');
    await expect(change.errorSummary).toContainText('De twee nieuwe wachtwoorden zijn niet gelijk.');
    await screenshot(user, 'a2-wachtwoord-fouten');
    await phoneScreenshot(user, 'a2-wachtwoord-fouten');
    await change.change(temporary, NEW_PASSWORD);
    await expect(user).toHaveURL(/\/$/);
    await new Shell(user).expectSignedIn('Fatima Nieuw', 'Gemeente Nijmegen');
    await expect(new Shell(user).navLink('Plannen')).toBeVisible();

    // The temporary password no longer works; the new one does.
    await new Shell(user).signOut();
    await userLogin.signIn(email, temporary);
    await expect(userLogin.errorSummary).toContainText('E-mailadres of wachtwoord klopt niet.');
    await userLogin.signInAs(email, NEW_PASSWORD);
    await expect(user).toHaveURL(/\/$/);
  });

  test("a beheerder corrects a user's e-mail address and makes a temporary password for them", async ({ page, browser }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signInAs(demoAccount('beheerder'), DEMO_PASSWORD);
    const wrong = `${unique('tikfout')}@nijmegen.demo.wijkkompas.nl`;
    const right = wrong.replace('tikfout', 'juist');
    const user = await apiPost<Created>(page, '/users', {
      email: wrong,
      name: 'Jan Tikfout',
      role: 'contributor',
      password: 'een wachtwoord van jan',
    });

    await page.goto(`/beheer/gebruikers/${user.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jan Tikfout');
    await page.getByLabel('E-mailadres').fill('geen-adres');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expect(page.locator('.wk-error-summary').first()).toContainText('Vul een geldig e-mailadres in');
    await page.getByLabel('E-mailadres').fill(right);
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expect(page.getByText('De wijzigingen voor Jan Tikfout zijn opgeslagen.').first()).toBeVisible();

    await page.getByRole('button', { name: 'Tijdelijk wachtwoord maken' }).click();
    const temporary = await readTemporaryPassword(page);
    await checkPage(page, 'a3-gebruiker-wijzigen-wachtwoord');
    await phoneScreenshot(page, 'a3-gebruiker-wijzigen-wachtwoord');

    const { page: jan, login: janLogin } = await signInPage(browser);
    await janLogin.signIn(wrong, temporary);
    await expect(janLogin.errorSummary).toContainText('E-mailadres of wachtwoord klopt niet.');
    await janLogin.signIn(right, temporary);
    const change = new ChangePasswordPage(jan);
    await change.expectOpen();
    await change.change(temporary, NEW_PASSWORD);
    await new Shell(jan).expectSignedIn('Jan Tikfout', 'Gemeente Nijmegen');
  });

  test('a user changes their own password from the header', async ({ page, browser }) => {
    const admin = await signedIn(browser, demoAccount('beheerder', 'lelystad'), DEMO_PASSWORD);
    const email = `${unique('zelf')}@lelystad.demo.wijkkompas.nl`;
    await apiPost<Created>(admin, '/users', { email, name: 'Sam Zelf', role: 'viewer', password: 'het oude wachtwoord' });

    const login = new LoginPage(page);
    await login.goto();
    await login.signInAs(email, 'het oude wachtwoord');
    await new Shell(page).header.getByRole('link', { name: 'Wachtwoord wijzigen' }).click();
    const change = new ChangePasswordPage(page);
    await change.expectOpen();
    await change.change('niet het oude', NEW_PASSWORD);
    await expect(change.errorSummary).toContainText('Uw huidige wachtwoord klopt niet.');
    await change.change('het oude wachtwoord', email);
    await expect(change.errorSummary).toContainText('Uw wachtwoord mag niet uw e-mailadres zijn.');
    await change.change('het oude wachtwoord', NEW_PASSWORD);
    await expect(page.locator('.utrecht-alert--ok')).toContainText('Uw wachtwoord is gewijzigd.');
    await expect(change.current).toHaveValue('');
    await checkPage(page, 'a8-wachtwoord-gewijzigd');
    await new Shell(page).signOut();
    await login.signInAs(email, NEW_PASSWORD);
  });
});

test.describe('Eén persoon, één account, meerdere gemeenten', () => {
  test('the demo consultant chooses a gemeente after sign-in, switches, and next time starts in the one chosen last', async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn(CONSULTANT, DEMO_PASSWORD);
    const choose = new ChooseTenantPage(page);
    await choose.expectOpen();
    await expect(choose.options).toHaveCount(2);
    await expect(page.getByText('Uw rol: Meelezer')).toBeVisible();
    await expect(page.getByText('Uw rol: Planner')).toBeVisible();
    await checkPage(page, 'a4-gemeente-kiezen');
    await phoneScreenshot(page, 'a4-gemeente-kiezen');
    await choose.choose('Gemeente Den Haag');
    const shell = new Shell(page);
    await shell.expectSignedIn(/Noor Bakker/, 'Gemeente Den Haag');
    await expect(shell.header).toContainText('Meelezer');

    await shell.header.getByRole('link', { name: 'Andere gemeente' }).click();
    await choose.expectOpen();
    await expect(choose.option('Gemeente Den Haag')).toBeChecked();
    await choose.choose('Gemeente Nijmegen');
    await shell.expectSignedIn(/Noor Bakker/, 'Gemeente Nijmegen');
    await expect(shell.header).toContainText('Planner');
    // One gemeente at a time: the plans are Nijmegen's.
    await shell.navLink('Plannen').click();
    await expect(page.getByRole('main')).toContainText('Meijhorst');
    await expect(page.getByRole('main')).not.toContainText('Moerwijk');

    await shell.signOut();
    await login.signIn(CONSULTANT, DEMO_PASSWORD);
    await choose.expectOpen();
    await expect(choose.option('Gemeente Nijmegen')).toBeChecked();
  });

  test('a beheerder adds someone who already works for another gemeente: one account, their own password', async ({ page, browser }) => {
    const nijmegen = await signedIn(browser, demoAccount('beheerder'), DEMO_PASSWORD);
    const email = `${unique('regio')}@adviesbureau.example`;
    await apiPost<Created>(nijmegen, '/users', { email, name: 'Ruud Regio', role: 'planner', password: 'het wachtwoord van ruud' });

    const login = new LoginPage(page);
    await login.goto();
    await login.signInAs(demoAccount('beheerder', 'groningen'), DEMO_PASSWORD);
    const addRuud = async (): Promise<void> => {
      await page.goto('/beheer/gebruikers/nieuw');
      await page.getByLabel('Naam', { exact: true }).fill('Ruud Regio');
      await page.getByLabel('E-mailadres').fill(email.toUpperCase());
      await page.getByRole('radio', { name: 'Meelezer' }).check();
      await page.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
    };
    // The address has an account (in Nijmegen): a membership is added, no password is asked or shown.
    await addRuud();
    await expect(page).toHaveURL(/\/beheer\/gebruikers$/);
    await expect(page.getByText('Ruud Regio had al een Wijkkompas-account').first()).toBeVisible();
    // The same address twice in one gemeente is refused.
    await addRuud();
    await expect(page.locator('.wk-error-summary')).toContainText('Er is in deze gemeente al een gebruiker met dit e-mailadres.');
    await expect(page.getByLabel('E-mailadres')).toHaveAttribute('aria-invalid', 'true');
    await screenshot(page, 'a5-gebruiker-dubbel');

    const { page: ruud, login: ruudLogin } = await signInPage(browser);
    await ruudLogin.signIn(email, 'het wachtwoord van ruud');
    const choose = new ChooseTenantPage(ruud);
    await choose.expectOpen();
    await expect(choose.options).toHaveCount(2);
    await choose.choose('Gemeente Groningen');
    await new Shell(ruud).expectSignedIn('Ruud Regio', 'Gemeente Groningen');
  });
});

test.describe('De platformbeheerder', () => {
  test('refuses a gemeente code that CBS does not know, adds Utrecht, and adds a beheerder with a temporary password', async ({
    page,
    browser,
  }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signInAs(OPERATOR, DEMO_PASSWORD);
    await page.getByRole('link', { name: 'Gemeente toevoegen' }).click();
    await page.getByLabel('Naam', { exact: true }).first().fill('Gemeente Utrecht');
    await page.getByLabel('CBS-gemeentecode').fill('GM9999');
    const admin = page.getByRole('group', { name: 'Eerste beheerder' });
    await admin.getByLabel('Naam').fill('Ute Recht');
    await admin.getByLabel('E-mailadres').fill(`${unique('ute')}@utrecht.example`);
    await admin.getByLabel(/wachtwoord/i).fill('een lang beginwachtwoord');
    await page.getByRole('button', { name: 'Gemeente toevoegen' }).click();
    await expect(page.locator('.wk-error-summary')).toContainText('GM9999 staat niet in de CBS-lijst van gemeenten');
    await expect(page.getByLabel('CBS-gemeentecode')).toHaveAttribute('aria-invalid', 'true');
    await page.getByLabel('CBS-gemeentecode').fill('GM0268');
    await page.getByRole('button', { name: 'Gemeente toevoegen' }).click();
    await expect(page.locator('.wk-error-summary')).toContainText('GM0268 is de gemeente Nijmegen');
    await page.getByLabel('CBS-gemeentecode').fill('GM0344');
    await page.getByRole('button', { name: 'Gemeente toevoegen' }).click();
    await expect(page).toHaveURL(/\/platform\/gemeenten$/);

    await page.getByRole('link', { name: 'Gemeente Utrecht' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gemeente Utrecht');
    await expect(page.getByRole('table')).toContainText('Ute Recht');
    const second = `${unique('tweede')}@utrecht.example`;
    await page.getByLabel('Naam', { exact: true }).last().fill('Tweede Beheerder');
    await page.getByLabel('E-mailadres').fill(second);
    await page.getByRole('button', { name: 'Beheerder toevoegen' }).click();
    const temporary = await readTemporaryPassword(page);
    await expect(page.getByRole('table')).toContainText('Tweede Beheerder');
    await checkPage(page, 'a6-platform-gemeente');
    await phoneScreenshot(page, 'a6-platform-gemeente');

    const { page: beheerder, login: beheerderLogin } = await signInPage(browser);
    await beheerderLogin.signIn(second, temporary);
    const change = new ChangePasswordPage(beheerder);
    await change.expectOpen();
    await change.change(temporary, NEW_PASSWORD);
    await new Shell(beheerder).expectSignedIn('Tweede Beheerder', 'Gemeente Utrecht');
    await expect(new Shell(beheerder).navLink('Beheer')).toBeVisible();
  });

  test('deactivates a gemeente: its staff cannot sign in and are told why; reactivated, they can', async ({ page, browser }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signInAs(OPERATOR, DEMO_PASSWORD);
    const adminEmail = `${unique('beheer')}@amsterdam.example`;
    const tenant = await apiPost<Created>(page, '/platform/tenants', {
      name: 'Gemeente Amsterdam',
      slug: unique('amsterdam'),
      cbsCode: 'GM0363',
      admin: { email: adminEmail, name: 'Amber Dam', password: 'het wachtwoord van amber' },
    });
    const staff = await signedIn(browser, adminEmail, 'het wachtwoord van amber');
    await new Shell(staff).expectSignedIn('Amber Dam', 'Gemeente Amsterdam');

    await page.goto(`/platform/gemeenten/${tenant.id}`);
    await page.getByRole('button', { name: 'Gemeente deactiveren' }).click();
    await expect(page.getByText('Gemeente Amsterdam is gedeactiveerd.').first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Gemeente weer activeren' })).toBeVisible();

    // The signed-in beheerder is signed out at the next step; signing in again says why it is refused.
    await staff.reload();
    const staffLogin = new LoginPage(staff);
    await expect(staff).toHaveURL(/\/inloggen/);
    await staffLogin.signIn(adminEmail, 'het wachtwoord van amber');
    await expect(staffLogin.errorSummary).toContainText('gebruikt Wijkkompas niet meer');
    await screenshot(staff, 'a7-gemeente-gedeactiveerd');
    await phoneScreenshot(staff, 'a7-gemeente-gedeactiveerd');

    await page.getByRole('button', { name: 'Gemeente weer activeren' }).click();
    await expect(page.getByText('Gemeente Amsterdam is weer actief.').first()).toBeVisible();
    await staffLogin.signInAs(adminEmail, 'het wachtwoord van amber');
    await new Shell(staff).expectSignedIn('Amber Dam', 'Gemeente Amsterdam');
  });
});
