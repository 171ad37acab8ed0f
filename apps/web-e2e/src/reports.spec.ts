import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as ExcelJS from 'exceljs';
import { expect, test } from './support/test';
import { E2E_YEAR } from './support/clock';
import { LoginPage } from './pages/login.page';
import { PlanPage, PlansListPage } from './pages/plans.page';
import { checkPage } from './support/a11y';
import { DEMO_PASSWORD, demoAccount } from './support/accounts';

// The API's Content-Security-Policy (script-src 'self') refuses the injected axe-core script.
test.use({ bypassCSP: true });

const PLAN = 'Wijkplan Meijhorst 2025–2040';

test("a raadslid downloads Meijhorst's annual report as PDF and Excel, both with the dashboard's figures", async ({ page }, info) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signInAs(demoAccount('raadslid'), DEMO_PASSWORD);
  const list = new PlansListPage(page);
  await list.goto();
  await list.open(PLAN, 'Vastgesteld');
  await new PlanPage(page).tab('Voortgang');
  const progress = (await page.locator('.wk-stat__number').first().innerText()).trim();
  expect(progress).toMatch(/^\d+,\d%$/);

  const section = page.getByRole('region', { name: 'Jaarrapportage en downloads' });
  await section.scrollIntoViewIfNeeded();
  await expect(section.getByLabel('Jaar van de rapportage')).toHaveValue(String(E2E_YEAR));
  await checkPage(page, 'jaarrapportage-downloads');

  const [pdf] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('link', { name: `Jaarrapportage ${E2E_YEAR} (PDF)` }).click(),
  ]);
  expect(pdf.suggestedFilename()).toBe(`jaarrapportage-${E2E_YEAR}-wijkplan-meijhorst-2025-2040.pdf`);
  const pdfFile = info.outputPath('rapport.pdf');
  await pdf.saveAs(pdfFile);
  expect(execFileSync('pdfinfo', [pdfFile], { encoding: 'utf8' })).toMatch(/Tagged:\s+yes/);
  const text = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' });
  expect(text).toContain(`Jaarrapportage ${E2E_YEAR}`);
  expect(text).toContain(`Voortgang van het hele plan: ${progress}.`);

  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('link', { name: `Jaarrapportage ${E2E_YEAR} (Excel)` }).click(),
  ]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await xlsx.path());
  let whole: number | undefined;
  wb.getWorksheet('Samenvatting')?.eachRow((row) => {
    if (row.getCell(1).value === 'Hele plan') whole = Number(row.getCell(2).value);
  });
  expect(`${((whole ?? NaN) * 100).toFixed(1).replace('.', ',')}%`).toBe(progress);

  // An earlier year: the report of 2025 (figures on 31 December 2025).
  await section.getByLabel('Jaar van de rapportage').selectOption('2025');
  await expect(section.getByRole('link', { name: 'Jaarrapportage 2025 (PDF)' })).toHaveAttribute('href', /year=2025&format=pdf/);

  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('link', { name: 'Acties met voortgang (CSV)' }).click(),
  ]);
  const csvText = readFileSync(await csv.path(), 'utf8');
  expect(csvText.startsWith('\uFEFFplan;bouwsteen;pijler;doel;actie')).toBe(true);
});
