import { expect, test } from './support/test';
import { LoginPage } from './pages/login.page';
import { screenshot } from './support/a11y';
import { DEMO_PASSWORD, OPERATOR } from './support/accounts';
import { apiPost, unique } from './support/api';

const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" width="60" height="40"><rect width="60" height="40" fill="#a64d00"/></svg>';

test('a beheerder gives the gemeente a second colour and a logo; too light a colour and a wrong file are refused', async ({
  page,
  browser,
}) => {
  // A gemeente of its own, so that no other test sees its colours.
  const operator = new LoginPage(page);
  await operator.goto();
  await operator.signInAs(OPERATOR, DEMO_PASSWORD);
  const email = `${unique('beheer')}@deventer.example`;
  await apiPost(page, '/platform/tenants', {
    name: 'Gemeente Deventer',
    slug: unique('deventer'),
    cbsCode: 'GM0150',
    admin: { email, name: 'Daan Deventer', password: 'het wachtwoord van daan' },
  });
  const context = await browser.newContext();
  const admin = await context.newPage();
  const login = new LoginPage(admin);
  await login.goto();
  await login.signInAs(email, 'het wachtwoord van daan');
  await admin.goto('/beheer/huisstijl');

  const accent = admin.getByRole('textbox', { name: /^Tweede kleur/ });
  const logo = admin.locator('input[type="file"]');
  const save = admin.getByRole('button', { name: 'Huisstijl opslaan' });
  // Too light against white, and a file that is no image: said at the fields, nothing saved.
  await logo.setInputFiles({ name: 'logo.txt', mimeType: 'text/plain', buffer: Buffer.from('geen plaatje') });
  await expect(admin.locator('.wk-error-summary')).toContainText('Kies een PNG-, JPEG- of SVG-bestand.');
  await expect(admin.getByRole('img', { name: 'Het logo van uw gemeente' })).toHaveCount(0);
  await accent.fill('#ffe680');
  await logo.setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(LOGO) });
  await save.click();
  await expect(admin.locator('.wk-error-summary')).toContainText('Deze kleur is te licht tegen wit');
  await expect(accent).toHaveAttribute('aria-invalid', 'true');

  await accent.fill('#a64d00');
  await save.click();
  await expect(admin.getByText('De huisstijl is opgeslagen.').first()).toBeVisible();
  // The header carries the logo and the line in the second colour; after a reload as well.
  await admin.reload();
  const header = admin.locator('.wk-header');
  await expect(header.locator('img.wk-brand__logo')).toHaveAttribute('src', /^data:image\/svg\+xml;base64,/);
  await expect(header).toHaveCSS('border-bottom-color', 'rgb(166, 77, 0)');
  await screenshot(admin, 'huisstijl-logo-tweede-kleur');
  await context.close();
});
