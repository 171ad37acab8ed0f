import * as ExcelJS from 'exceljs';
import type { Plan, TrackerImportResult } from '@wk/contracts';
import { adoptPlan, createPlanFixture, fieldsOf, problem, type TenantFixture } from '@wk/api/testing';
import { parseCsv } from '@wk/util';
import { startTestApp, type TestApp } from './harness';

/**
 * The action-tracker import and export through the real HTTP API on a real PostgreSQL: a template, a preview, an
 * error per bad cell with nothing written, all rows or none, and an export that imports into an empty draft as the
 * same plan (CSV and Excel).
 */
describe('action tracker', () => {
  let t: TestApp;
  let f: TenantFixture;
  let other: TenantFixture;
  let adopted: Plan;

  const structure = (p: Plan) =>
    p.goals.map((g) => ({
      block: g.block,
      pillar: g.pillar,
      statement: g.statement,
      actions: g.actions.map((a) => ({
        title: a.title,
        lead: a.leadUnit?.name ?? null,
        partners: a.contributingUnits.map((u) => u.name).sort(),
        start: a.start,
        end: a.end,
        budget: a.budget,
      })),
    }));
  const draft = async (title: string) => createPlanFixture(f, { title, complete: false });
  const planOf = async (id: string) => (await f.as.planner.get<Plan>(`/plans/${id}`)).body;
  const send = (planId: string, content: string, commit: boolean, format: 'csv' | 'xlsx' = 'csv') =>
    f.as.planner.post<TrackerImportResult>(`/plans/${planId}/tracker`, { fileName: `acties.${format}`, format, content, commit });

  beforeAll(async () => {
    t = await startTestApp();
    f = await t.tenant();
    other = await t.tenant();
    adopted = await adoptPlan(f, await createPlanFixture(f, { title: 'Bronplan' }), {
      adoptedOn: '2026-01-15',
      decisionReference: 'RB 2026/9',
    });
  });
  afterAll(() => t.close());

  it('offers a template with a budget column per year of the plan', async () => {
    const plan = await draft('Sjabloonplan');
    const res = await f.as.planner.download(`/plans/${plan.id}/tracker?format=csv&empty=true`);
    expect(res.status).toBe(200);
    const table = parseCsv(res.bytes.toString('utf8'));
    expect(table.header.slice(0, 8)).toEqual(['bouwsteen', 'pijler', 'doel', 'actie', 'trekker', 'partners', 'start', 'eind']);
    expect(table.header.slice(8)).toEqual(Array.from({ length: 16 }, (_, i) => `budget ${2025 + i}`));
    expect(table.rows).toEqual([]);
    const xlsx = await f.as.planner.download(`/plans/${plan.id}/tracker?format=xlsx&empty=true`);
    expect(xlsx.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });

  it('names the cell of a bad row and writes nothing; once fixed, previews and imports all rows', async () => {
    const plan = await draft('Importplan');
    const [dept, partner] = f.orgUnits;
    const file = (lead: string) =>
      [
        'bouwsteen;pijler;doel;actie;trekker;partners;start;eind;budget 2026;budget 2027',
        `B1;;Schone straten;Vegen op vaste dagen;${dept.name};${partner.name};2026-K1;2027-K4;12.500;15000,50`,
        `Sociaal offensief;Sociale basis;Een buurthuis dat open is;Buurthuis elke dag open;${lead};;2026-K2;2026-K4;;`,
        `B1;;Schone straten;Meer afvalbakken;${dept.name};;2026-K3;2026-K4;2.000;`,
      ].join('\n');
    const bad = await send(plan.id, file('Afdeling die niet bestaat'), true);
    expect(bad.status).toBe(400);
    expect(bad.contentType).toContain('application/problem+json');
    expect(fieldsOf(bad)).toEqual(['rows.3.trekker']);
    expect(problem(bad).invalidParams?.[0]?.reason).toBe(
      "Rij 3, kolom trekker: 'Afdeling die niet bestaat' is geen afdeling of partner van de gemeente. Gebruik de naam zoals die bij Beheer staat.",
    );
    expect(problem(bad).detail).toBe('Er is niets geïmporteerd: 1 rij is niet goed. Verbeter het bestand en probeer het opnieuw.');
    expect((await planOf(plan.id)).goals).toEqual([]);

    const preview = await send(plan.id, file(dept.name), false);
    expect(preview.status).toBe(200);
    expect(preview.body).toEqual(expect.objectContaining({ committed: false, newGoals: 2 }));
    expect(preview.body.actions.map((a) => [a.row, a.title, a.budgetCents])).toEqual([
      [2, 'Vegen op vaste dagen', 2_750_050],
      [3, 'Buurthuis elke dag open', 0],
      [4, 'Meer afvalbakken', 200_000],
    ]);
    expect((await planOf(plan.id)).goals).toEqual([]);

    const done = await send(plan.id, file(dept.name), true);
    expect(done.status).toBe(200);
    expect(done.body.committed).toBe(true);
    const imported = await planOf(plan.id);
    expect(structure(imported)).toEqual([
      {
        block: 'B1',
        pillar: null,
        statement: 'Schone straten',
        actions: [
          {
            title: 'Vegen op vaste dagen',
            lead: dept.name,
            partners: [partner.name],
            start: { year: 2026, quarter: 1 },
            end: { year: 2027, quarter: 4 },
            budget: [
              { year: 2026, amountCents: 1_250_000 },
              { year: 2027, amountCents: 1_500_050 },
            ],
          },
          {
            title: 'Meer afvalbakken',
            lead: dept.name,
            partners: [],
            start: { year: 2026, quarter: 3 },
            end: { year: 2026, quarter: 4 },
            budget: [{ year: 2026, amountCents: 200_000 }],
          },
        ],
      },
      expect.objectContaining({ block: 'B4', pillar: 'P1', statement: 'Een buurthuis dat open is' }),
    ]);
  });

  it.each(['csv', 'xlsx'] as const)('an export in %s imports into an empty draft as the same plan', async (format) => {
    const res = await f.as.viewer.download(`/plans/${adopted.id}/tracker?format=${format}`);
    expect(res.status).toBe(200);
    const target = await draft(`Kopie (${format})`);
    const content = format === 'csv' ? res.bytes.toString('utf8') : res.bytes.toString('base64');
    const imported = await send(target.id, content, true, format);
    expect(imported.status).toBe(200);
    expect(structure(await planOf(target.id))).toEqual(structure(adopted));
  });

  it('writes the Excel export with numbers as numbers in euro format and a frozen, filtered header', async () => {
    const res = await f.as.planner.download(`/plans/${adopted.id}/tracker?format=xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.bytes as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws?.getRow(1).getCell(9).value).toBe('budget 2025');
    const budget2026 = ws?.getRow(2).getCell(10);
    expect(budget2026?.value).toBe(100_000);
    expect(budget2026?.numFmt).toContain('€');
    expect(ws?.views[0]).toEqual(expect.objectContaining({ state: 'frozen', ySplit: 1 }));
    expect(ws?.autoFilter).toBeTruthy();
  });

  it('refuses an adopted plan (409), a contributor (403), another gemeente (404), an unreadable file and a wrong format', async () => {
    const csv = 'bouwsteen;doel;actie;start;eind\nB1;Doel;Actie;2026-K1;2026-K2';
    expect((await send(adopted.id, csv, false)).status).toBe(409);
    const plan = await draft('Weigerplan');
    expect(
      (await f.as.contributor.post(`/plans/${plan.id}/tracker`, { fileName: 'a.csv', format: 'csv', content: csv, commit: true })).status,
    ).toBe(403);
    expect(
      (await other.as.planner.post(`/plans/${plan.id}/tracker`, { fileName: 'a.csv', format: 'csv', content: csv, commit: true })).status,
    ).toBe(404);
    expect(fieldsOf(await send(plan.id, Buffer.from('geen excel').toString('base64'), false, 'xlsx'))).toEqual(['content']);
    expect(
      fieldsOf(await f.as.planner.post(`/plans/${plan.id}/tracker`, { fileName: 'a.txt', format: 'txt', content: csv, commit: false })),
    ).toEqual(['format']);
    expect(fieldsOf(await f.as.planner.get(`/plans/${plan.id}/tracker?format=pdf`))).toEqual(['format']);
    expect((await planOf(plan.id)).goals).toEqual([]);
  });
});
