import { expect, test } from './support/test';
import { LoginPage } from './pages/login.page';
import { checkPage } from './support/a11y';
import { DEMO_PASSWORD, demoAccount } from './support/accounts';
import { api, unique } from './support/api';

// The API's Content-Security-Policy (script-src 'self') refuses the injected axe-core script.
test.use({ bypassCSP: true });

const tracker = (lead: string) =>
  Buffer.from(
    [
      'bouwsteen;pijler;doel;actie;trekker;partners;start;eind;budget 2026;budget 2027',
      'B1;;Schone paden;Paden vaker vegen;Openbare Ruimte;Welzijnsorganisatie (voorbeeld);2026-K3;2027-K4;12.500;15.000',
      `B3;;Betere woningen;Flats isoleren;${lead};;2027-K1;2029-K4;;`,
    ].join('\n'),
  );

test('a planner imports an action tracker: one bad row shows its cell and writes nothing; fixed, all rows are imported', async ({
  page,
}) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signInAs(demoAccount('planner'), DEMO_PASSWORD);
  const wijken = await api<{ items: { id: string }[] }>(page, 'GET', '/wijken');
  const plan = await api<{ id: string }>(page, 'POST', '/plans', {
    title: unique('Importplan'),
    wijkIds: [wijken.items[0]?.id],
    startYear: 2026,
    endYear: 2040,
  });
  await page.goto(`/plannen/${plan.id}`);
  await page.getByRole('link', { name: 'Acties importeren uit een Excel- of CSV-bestand' }).click();
  await expect(page.getByRole('heading', { name: 'Acties importeren uit een bestand' })).toBeVisible();

  const [template] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Sjabloon downloaden (Excel)' }).click(),
  ]);
  expect(template.suggestedFilename()).toBe('sjabloon-acties-2026-2040.xlsx');

  const file = page.getByLabel('Bestand (Excel of CSV)');
  await file.setInputFiles({ name: 'acties.csv', mimeType: 'text/csv', buffer: tracker('Afdeling Onbekend') });
  await page.getByRole('button', { name: 'Controleren' }).click();
  await expect(page.getByRole('alert')).toContainText('Er is niets geïmporteerd. Rijen die niet kloppen: 1');
  const errors = page.getByRole('table', { name: 'Wat er niet klopt, per rij en kolom' });
  await expect(errors.getByRole('row').nth(1)).toContainText('3');
  await expect(errors.getByRole('row').nth(1)).toContainText('trekker');
  await expect(errors.getByRole('row').nth(1)).toContainText("'Afdeling Onbekend' is geen afdeling of partner van de gemeente.");
  await checkPage(page, 'acties-importeren-fout');
  expect((await api<{ goals: unknown[] }>(page, 'GET', `/plans/${plan.id}`)).goals).toEqual([]);

  await file.setInputFiles({ name: 'acties.csv', mimeType: 'text/csv', buffer: tracker('Wonen') });
  await page.getByRole('button', { name: 'Controleren' }).click();
  await expect(page.getByRole('heading', { name: 'Klaar om te importeren: 2 acties, 2 nieuwe doelen' })).toBeFocused();
  await expect(errors).toHaveCount(0);
  // A double click imports once.
  await page.getByRole('button', { name: '2 acties importeren' }).dblclick();
  await expect(page).toHaveURL(new RegExp(`/plannen/${plan.id}$`));
  await expect(page.getByText('2 acties zijn geïmporteerd.')).toBeVisible();
  await expect(page.getByText('Paden vaker vegen')).toBeVisible();
  await expect(page.getByText('Flats isoleren')).toBeVisible();
  const imported = await api<{ goals: { actions: unknown[] }[] }>(page, 'GET', `/plans/${plan.id}`);
  expect(imported.goals.flatMap((g) => g.actions)).toHaveLength(2);
});
