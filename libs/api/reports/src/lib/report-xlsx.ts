import * as ExcelJS from 'exceljs';
import type { AnnualReport } from '@wk/contracts';
import { centsToEuros } from '@wk/util';
import { ACTION_STATUS_NL, MILESTONE_STATE_NL, periodText, ROLLUP_STATUS_NL, rollupName, TARGET_STATUS_NL } from './report-text';
import { reportFacts } from './report-facts';

type Kind = 'text' | 'int' | 'percent' | 'euro' | 'date' | 'decimal';
interface Column {
  header: string;
  kind: Kind;
  width: number;
}

const FORMATS: Partial<Record<Kind, string>> = {
  int: '0',
  percent: '0.0%',
  euro: '"€" #,##0.00',
  date: 'dd-mm-yyyy',
  decimal: '0.000',
};

/** A yyyy-mm-dd day as an Excel date (UTC midnight, so the cell shows that day). */
const day = (d: string): Date => new Date(`${d.slice(0, 10)}T00:00:00Z`);
/** 0–100 as a fraction, shown as a percentage by the cell format. */
const share = (p: number): number => Math.round(p * 10) / 1000;

/**
 * The annual report as an Excel workbook: a summary, the actions, the year's updates, the budget, the milestones
 * and the effect indicators, each a sheet with a frozen header row and filters. Numbers are numbers, money is
 * in euros with a euro format, percentages are fractions with a percentage format, dates are dates.
 */
export async function renderReportXlsx(r: AnnualReport): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Wijkkompas';
  wb.title = `Jaarrapportage ${r.year}: ${r.plan.title}`;
  wb.company = r.gemeente.name;
  wb.created = day(r.madeOn);
  wb.modified = day(r.madeOn);
  const facts = reportFacts(r);
  const d = r.dashboard;

  const summary = sheet(
    wb,
    'Samenvatting',
    [`Jaarrapportage ${r.year}: ${r.plan.title}`, r.gemeente.name, ...facts.cover, ...facts.summary],
    [
      { header: 'Onderdeel', kind: 'text', width: 44 },
      { header: 'Voortgang', kind: 'percent', width: 12 },
      { header: 'Verwacht', kind: 'percent', width: 12 },
      { header: 'Stand', kind: 'text', width: 18 },
      { header: 'Acties', kind: 'int', width: 9 },
      { header: 'Gemeld', kind: 'int', width: 9 },
      { header: 'Gepland (€)', kind: 'euro', width: 16 },
      { header: 'Besteed (€)', kind: 'euro', width: 16 },
    ],
  );
  for (const [name, x] of [['Hele plan', d.total] as const, ...[...d.blocks, ...d.pillars].map((b) => [rollupName(b), b] as const)])
    summary.add([
      name,
      share(x.progress),
      share(x.expected),
      ROLLUP_STATUS_NL[x.status],
      x.actions,
      x.reported,
      centsToEuros(x.plannedCents),
      centsToEuros(x.spentCents),
    ]);

  const actions = sheet(
    wb,
    'Acties',
    [],
    [
      { header: 'Bouwsteen', kind: 'text', width: 10 },
      { header: 'Pijler', kind: 'text', width: 8 },
      { header: 'Doel', kind: 'text', width: 36 },
      { header: 'Actie', kind: 'text', width: 36 },
      { header: 'Trekker', kind: 'text', width: 24 },
      { header: 'Partners', kind: 'text', width: 24 },
      { header: 'Start', kind: 'text', width: 9 },
      { header: 'Eind', kind: 'text', width: 9 },
      { header: 'Stand', kind: 'text', width: 16 },
      { header: 'Klaar', kind: 'percent', width: 9 },
      { header: 'Verwacht', kind: 'percent', width: 10 },
      { header: 'Gepland (€)', kind: 'euro', width: 15 },
      { header: 'Besteed (€)', kind: 'euro', width: 15 },
      { header: 'Laatste periode', kind: 'text', width: 12 },
      { header: 'Laatste toelichting', kind: 'text', width: 60 },
      { header: 'Meldingen te laat', kind: 'int', width: 10 },
    ],
  );
  for (const a of r.actions)
    actions.add([
      a.block,
      a.pillar,
      a.goalStatement,
      a.title,
      a.leadUnit,
      a.contributingUnits.join('; '),
      a.start,
      a.end,
      ACTION_STATUS_NL[a.status],
      share(a.percentComplete),
      share(a.expectedPercent),
      centsToEuros(a.plannedCents),
      centsToEuros(a.spentCents),
      a.lastPeriod ? periodText(a.lastPeriod) : null,
      a.lastNarrative,
      a.overdueCount,
    ]);

  const updates = sheet(
    wb,
    'Meldingen',
    [],
    [
      { header: 'Actie', kind: 'text', width: 36 },
      { header: 'Periode', kind: 'text', width: 18 },
      { header: 'Stand', kind: 'text', width: 16 },
      { header: 'Klaar', kind: 'percent', width: 9 },
      { header: 'Besteed (€)', kind: 'euro', width: 15 },
      { header: 'Toelichting', kind: 'text', width: 60 },
      { header: 'Gemeld door', kind: 'text', width: 22 },
      { header: 'Gemeld op', kind: 'date', width: 12 },
    ],
  );
  for (const u of r.updates)
    updates.add([
      u.actionTitle,
      periodText(u.period),
      ACTION_STATUS_NL[u.status],
      share(u.percentComplete),
      centsToEuros(u.spentCents),
      u.narrative,
      u.author?.name ?? null,
      day(u.createdAt),
    ]);

  const budget = sheet(
    wb,
    'Budget',
    [],
    [
      { header: 'Jaar', kind: 'int', width: 8 },
      { header: 'Gepland (€)', kind: 'euro', width: 16 },
      { header: 'Besteed (€)', kind: 'euro', width: 16 },
      { header: 'Verschil (€)', kind: 'euro', width: 16 },
    ],
  );
  for (const b of d.budgetByYear)
    budget.add([b.year, centsToEuros(b.plannedCents), centsToEuros(b.spentCents), centsToEuros(b.plannedCents - b.spentCents)]);

  const milestones = sheet(
    wb,
    'Mijlpalen',
    [],
    [
      { header: 'Mijlpaal', kind: 'text', width: 36 },
      { header: 'Actie', kind: 'text', width: 36 },
      { header: 'Datum', kind: 'date', width: 12 },
      { header: 'Stand', kind: 'text', width: 12 },
    ],
  );
  for (const m of r.milestones.items) milestones.add([m.title, m.actionTitle, day(m.dueDate), MILESTONE_STATE_NL[m.state]]);

  const targets = sheet(
    wb,
    'Effectindicatoren',
    [],
    [
      { header: 'Indicator', kind: 'text', width: 36 },
      { header: 'Wijk', kind: 'text', width: 18 },
      { header: 'Nulmeting jaar', kind: 'int', width: 10 },
      { header: 'Nulmeting', kind: 'decimal', width: 11 },
      { header: 'Laatste jaar', kind: 'int', width: 10 },
      { header: 'Laatste cijfer', kind: 'decimal', width: 11 },
      { header: 'Doel jaar', kind: 'int', width: 10 },
      { header: 'Doel', kind: 'decimal', width: 11 },
      { header: 'Stand', kind: 'text', width: 22 },
    ],
  );
  for (const t of r.targets)
    targets.add([
      t.indicator.name.nl,
      t.wijk.name,
      t.baseline.year,
      t.baseline.value,
      t.latest?.year ?? null,
      t.latest?.value ?? null,
      t.target.year,
      t.target.value,
      TARGET_STATUS_NL[t.status],
    ]);

  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A sheet with optional lines of text above a table whose header row is bold, frozen and filtered. */
function sheet(wb: ExcelJS.Workbook, name: string, intro: string[], columns: Column[]) {
  const ws = wb.addWorksheet(name);
  intro.forEach((line, i) => {
    ws.getCell(i + 1, 1).value = line;
    if (i === 0) ws.getCell(i + 1, 1).font = { bold: true, size: 14 };
  });
  const headerRow = intro.length ? intro.length + 2 : 1;
  columns.forEach((c, i) => {
    ws.getColumn(i + 1).width = c.width;
    const format = FORMATS[c.kind];
    if (format) ws.getColumn(i + 1).numFmt = format;
  });
  const header = ws.getRow(headerRow);
  header.values = columns.map((c) => c.header);
  header.font = { bold: true };
  header.eachCell((cell: ExcelJS.Cell) => (cell.numFmt = '@'));
  ws.views = [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }];
  let last = headerRow;
  ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: columns.length } };
  return {
    add(values: (string | number | Date | null)[]): void {
      last++;
      ws.getRow(last).values = values.map((v) => v ?? null);
      ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: last, column: columns.length } };
    },
  };
}
