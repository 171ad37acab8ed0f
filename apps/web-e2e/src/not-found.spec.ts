import { expect, test } from './support/test';
import { LoginPage } from './pages/login.page';
import { screenshot } from './support/a11y';
import { DEMO_PASSWORD, demoAccount } from './support/accounts';

const NOWHERE = '00000000-0000-4000-8000-000000000000';

test('a link to something that does not exist says "not found", not "try again"', async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signInAs(demoAccount('planner'), DEMO_PASSWORD);
  for (const path of [`/plannen/${NOWHERE}`, `/acties/${NOWHERE}`, `/wijken/${NOWHERE}`]) {
    await page.goto(path);
    const alert = page.getByRole('alert');
    await expect(alert, path).toContainText('Niet gevonden');
    await expect(alert, path).toContainText('Deze pagina bestaat niet (meer).');
    await expect(alert.getByRole('button', { name: 'Opnieuw proberen' }), path).toHaveCount(0);
  }
  await screenshot(page, '97-niet-gevonden');
  await page.getByRole('link', { name: 'Naar de startpagina' }).click();
  await expect(page).toHaveURL(/\/$/);
});
