import type { Browser, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { pinClock } from './support/clock';
import { LoginPage } from './pages/login.page';
import { checkPage, screenshot } from './support/a11y';
import { DEMO_PASSWORD, demoAccount } from './support/accounts';
import { apiPost, unique } from './support/api';

// axe-core is injected into the pages (support/a11y.ts).
test.use({ bypassCSP: true });

const PASSWORD = 'een lang eigen wachtwoord voor de test';

/** A page in its own browser context (its own session) on the sign-in page. */
async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ bypassCSP: true });
  await pinClock(context);
  const page = await context.newPage();
  await new LoginPage(page).goto();
  return page;
}

test.describe('Sessies en inloggeschiedenis', () => {
  test('a trekker ends a session on another computer; the beheerder sees the sign-ins and the refused attempt', async ({
    page,
    browser,
  }) => {
    // A person of their own (other tests sign in as the demo accounts at the same time).
    const admin = new LoginPage(page);
    await admin.goto();
    await admin.signInAs(demoAccount('beheerder'), DEMO_PASSWORD);
    const email = `${unique('sessies')}@nijmegen.demo.wijkkompas.nl`;
    await apiPost(page, '/users', { email, name: 'Sanne Sessie', role: 'contributor', password: PASSWORD });

    const laptop = await freshPage(browser);
    await new LoginPage(laptop).signInAs(email, PASSWORD);
    const phone = await freshPage(browser);
    await new LoginPage(phone).signInAs(email, PASSWORD);
    // Someone tries the account with a wrong password.
    const stranger = await freshPage(browser);
    await new LoginPage(stranger).signIn(email, 'niet het goede wachtwoord');
    await expect(stranger.getByText('E-mailadres of wachtwoord klopt niet.')).toBeVisible();

    await laptop.getByRole('link', { name: 'Waar ingelogd' }).click();
    await expect(laptop).toHaveURL(/\/sessies$/);
    const table = laptop.getByRole('table', { name: /Uw sessies \(2\)/ });
    await expect(table).toBeVisible();
    await expect(table.getByText('Deze computer')).toHaveCount(1);
    await expect(table.getByText('Met wachtwoord')).toHaveCount(2);
    await checkPage(laptop, 'sessies');

    // A double click ends the other session once, without an error.
    await table.getByRole('button', { name: /Uitloggen/ }).dblclick();
    await expect(laptop.getByRole('status').filter({ hasText: 'De sessie is beëindigd' })).toHaveCount(1);
    await expect(laptop.getByRole('table', { name: /Uw sessies \(1\)/ })).toBeVisible();
    await expect(laptop.getByRole('alert')).toHaveCount(0);
    await laptop.setViewportSize({ width: 390, height: 844 });
    await screenshot(laptop, 'sessies-telefoon');

    // On the phone the session has ended: the next page asks to sign in again.
    await phone.goto('/mijn-acties');
    await expect(phone).toHaveURL(/\/inloggen/);
    // The laptop itself is still signed in, also after a reload.
    await laptop.reload();
    await expect(laptop.getByRole('table', { name: /Uw sessies \(1\)/ })).toBeVisible();

    // The beheerder’s sign-in history: both sign-ins and the refused attempt.
    await page.goto('/beheer');
    await page.getByRole('link', { name: 'Inloggeschiedenis' }).click();
    await expect(page).toHaveURL(/\/beheer\/inloggen\/geschiedenis$/);
    const history = page.getByRole('table', { name: /Inlogpogingen/ });
    const rows = history.getByRole('row').filter({ hasText: email });
    await expect(rows).toHaveCount(3);
    // Newest first: the refused attempt came after both sign-ins (all in real time, whatever day the suite pins).
    await expect(rows.first()).toContainText('Geweigerd');
    await expect(rows.first()).toContainText('Wachtwoord klopt niet');
    await expect(rows.filter({ hasText: 'Gelukt' })).toHaveCount(2);
    await checkPage(page, 'inloggeschiedenis');

    // The trekker may not open the history.
    await laptop.goto('/beheer/inloggen/geschiedenis');
    await expect(laptop).toHaveURL(/\/geen-toegang$/);

    // English.
    await laptop.goto('/sessies');
    await laptop.getByRole('button', { name: 'English' }).click();
    await expect(laptop.getByRole('heading', { level: 1, name: 'Where you are signed in' })).toBeVisible();
  });
});
