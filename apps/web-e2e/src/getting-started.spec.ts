import { expect, test } from './support/test';
import { LoginPage } from './pages/login.page';
import { screenshot } from './support/a11y';
import { pinClock } from './support/clock';
import { DEMO_PASSWORD, OPERATOR, demoAccount } from './support/accounts';
import { apiPost, unique } from './support/api';

test('the beheerder of a new gemeente gets a getting-started list, finds a wijk by name, and is not offered a plan before there is a wijk', async ({
  page,
  browser,
}) => {
  // The operator creates the gemeente (set-up, not what this test is about).
  const operator = new LoginPage(page);
  await operator.goto();
  await operator.signInAs(OPERATOR, DEMO_PASSWORD);
  const email = `${unique('beheer')}@zwolle.example`;
  await apiPost(page, '/platform/tenants', {
    name: 'Gemeente Zwolle',
    slug: unique('zwolle'),
    cbsCode: 'GM0193',
    admin: { email, name: 'Zeynep Zwolle', password: 'het wachtwoord van zeynep' },
  });

  const context = await browser.newContext();
  await pinClock(context);
  const beheerder = await context.newPage();
  const login = new LoginPage(beheerder);
  await login.goto();
  await login.signInAs(email, 'het wachtwoord van zeynep');
  const steps = beheerder.getByRole('region', { name: 'Aan de slag' });
  await expect(steps).toContainText('0 van de 4 zijn klaar.');
  await expect(steps.getByRole('listitem')).toHaveText([
    /^Wijken toevoegen/,
    /^Afdelingen en partners toevoegen/,
    /^Collega's toegang geven/,
    /^Het eerste wijkplan maken/,
  ]);
  await screenshot(beheerder, 'aan-de-slag');

  // No wijk yet: the plans page says so instead of offering a new plan.
  await beheerder.goto('/plannen');
  await expect(beheerder.getByRole('link', { name: 'Nieuw plan' })).toHaveCount(0);
  await expect(beheerder.getByText('Uw gemeente heeft nog geen wijken.')).toBeVisible();
  await beheerder.getByRole('link', { name: 'Wijk toevoegen' }).click();

  // A wijk found by name, without knowing its code.
  const search = beheerder.getByLabel('Zoek een CBS-wijk of -buurt op naam');
  await search.fill('diezerpoort');
  await search.press('Enter');
  await beheerder.getByRole('button', { name: /^Wijk 11 Diezerpoort \(WK019311\) toevoegen/ }).click();
  await beheerder.getByLabel('Naam van de wijk').fill('Diezerpoort');
  await beheerder.getByRole('button', { name: 'Wijk toevoegen' }).click();
  await expect(beheerder).toHaveURL(/\/beheer\/wijken$/);

  await beheerder.goto('/');
  await expect(steps).toContainText('1 van de 4 zijn klaar.');
  await expect(steps.getByRole('listitem').first()).toContainText('(klaar)');
  await beheerder.goto('/plannen');
  await expect(beheerder.getByRole('link', { name: 'Nieuw plan' })).toBeVisible();
  await context.close();
});

test('a gemeente that has everything shows no getting-started list', async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signInAs(demoAccount('beheerder'), DEMO_PASSWORD);
  await expect(page.getByRole('heading', { level: 2, name: 'Waar wilt u naartoe?' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Aan de slag' })).toHaveCount(0);
});
