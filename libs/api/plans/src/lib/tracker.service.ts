import { Injectable } from '@nestjs/common';
import * as ExcelJS from 'exceljs';
import type { Plan, TrackerFormat, TrackerImportResult } from '@wk/contracts';
import { currentTenantId, invalid, message, reasonOf } from '@wk/api/core';
import { OrgUnitsService } from '@wk/api/tenancy';
import { CSV_BOM, csvLine, parseCsv } from '@wk/util';
import { parseTracker, trackerHeader, type TrackerCell, type TrackerRow } from '@wk/util/tracker';
import { PlanActionsService } from './plan-actions.service';
import { PlanGoalsService } from './plan-goals.service';
import { PlanStructureLocks } from './plan-structure-locks';
import { PlansService } from './plans.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const quarter = (p: { year: number; quarter: number }): string => `${p.year}-K${p.quarter}`;
const goalKey = (g: { block: string; pillar: string | null; statement: string }): string =>
  `${g.block}/${g.pillar ?? ''}/${g.statement.replace(/\s+/g, ' ').trim().toLocaleLowerCase('nl')}`;

/**
 * A gemeente's existing action tracker in and out of a plan: a template and an export in the tracker layout (CSV
 * or Excel), and an import of such a file into a draft plan — checked first (every bad cell named by row and
 * column), then all rows or none, in the request's one transaction.
 */
@Injectable()
export class TrackerService {
  constructor(
    private readonly plans: PlansService,
    private readonly goals: PlanGoalsService,
    private readonly actions: PlanActionsService,
    private readonly locks: PlanStructureLocks,
    private readonly orgUnits: OrgUnitsService,
  ) {}

  /** The plan's actions in the tracker layout (or only the header, `empty`), as a file. */
  async export(planId: string, format: TrackerFormat, empty: boolean): Promise<{ body: Buffer; type: string; fileName: string }> {
    const plan = await this.plans.get(planId);
    const header = trackerHeader(plan.startYear, plan.endYear);
    const rows: TrackerCell[][] = empty
      ? []
      : plan.goals.flatMap((g) =>
          g.actions.map((a) => [
            g.block,
            g.pillar,
            g.statement,
            a.title,
            a.leadUnit?.name ?? null,
            a.contributingUnits.map((u) => u.name).join('; '),
            quarter(a.start),
            quarter(a.end),
            ...header.slice(8).map((_, i) => {
              const line = a.budget.find((b) => b.year === plan.startYear + i);
              return line ? line.amountCents / 100 : null;
            }),
          ]),
        );
    const fileName = `${empty ? 'sjabloon-acties' : 'acties'}-${plan.startYear}-${plan.endYear}.${format}`;
    if (format === 'csv')
      return {
        body: Buffer.from(CSV_BOM + [header, ...rows].map((r) => csvLine(r, ';')).join(''), 'utf8'),
        type: 'text/csv; charset=utf-8',
        fileName,
      };
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Acties');
    ws.addRow(header).font = { bold: true };
    for (const r of rows) ws.addRow(r);
    header.forEach((h, i) => {
      ws.getColumn(i + 1).width = i === 2 || i === 3 ? 40 : h.startsWith('budget') ? 14 : 16;
      if (h.startsWith('budget')) ws.getColumn(i + 1).numFmt = '"€" #,##0.00';
    });
    ws.views = [{ state: 'frozen', ySplit: 1, xSplit: 0 }];
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: header.length } };
    return { body: Buffer.from(await wb.xlsx.writeBuffer()), type: XLSX, fileName };
  }

  /** Checks a tracker against the draft plan; with `commit`, imports every row (or none: the first error rolls back). */
  async import(planId: string, format: TrackerFormat, content: string, commit: boolean): Promise<TrackerImportResult> {
    await this.locks.editablePlan(planId); // 409 unless a draft; holds the plan for this request
    const plan = await this.plans.get(planId);
    const table = format === 'csv' ? readCsv(content) : await readXlsx(content);
    const units = (await this.orgUnits.list()).items;
    const { rows, errors } = parseTracker(table, { startYear: plan.startYear, endYear: plan.endYear, units });
    if (errors.length) {
      const count = new Set(errors.map((e) => e.name.split('.').slice(0, 2).join('.'))).size;
      throw invalid(errors, message('tracker.errors', { count }));
    }
    const existing = new Map(plan.goals.map((g) => [goalKey(g), g.id]));
    const newGoals = new Set(rows.map((r) => goalKey(r)).filter((k) => !existing.has(k))).size;
    const unitName = new Map(units.map((u) => [u.id, u.name]));
    const result: TrackerImportResult = {
      committed: commit,
      newGoals,
      actions: rows.map((r) => ({
        row: r.row,
        block: r.block,
        pillar: r.pillar,
        goal: r.statement,
        title: r.title,
        leadUnit: r.leadUnitId ? (unitName.get(r.leadUnitId) ?? null) : null,
        start: r.start,
        end: r.end,
        budgetCents: r.budget.reduce((s, b) => s + b.amountCents, 0),
      })),
    };
    if (commit) await this.write(plan, rows, existing);
    return result;
  }

  private async write(plan: Plan, rows: TrackerRow[], goals: Map<string, string>): Promise<void> {
    const tenantId = currentTenantId();
    for (const r of rows) {
      let goalId = goals.get(goalKey(r));
      if (!goalId) {
        const before = new Set((await this.plans.get(plan.id)).goals.map((g) => g.id));
        const after = await this.goals.createGoal(tenantId, plan.id, {
          block: r.block,
          pillar: r.pillar,
          statement: r.statement,
          target: null,
        });
        goalId = after.goals.find((g) => !before.has(g.id))?.id;
        if (!goalId) throw new Error('tracker import: the new goal is not in the plan');
        goals.set(goalKey(r), goalId);
      }
      await this.actions.createAction(tenantId, goalId, {
        title: r.title,
        leadUnitId: r.leadUnitId,
        contributingUnitIds: r.contributingUnitIds,
        start: r.start,
        end: r.end,
        budget: r.budget,
      });
    }
  }
}

/** A CSV file (`;` or `,`, with or without BOM) as rows: the header, then each record's cells in header order. */
function readCsv(text: string): TrackerCell[][] {
  const table = parseCsv(text);
  if (table.unterminatedQuoteLine !== undefined)
    throw invalid([{ name: 'content', code: 'format', ...reasonOf('csv.unterminated_quote') }]);
  return [table.header, ...table.rows.map((r) => table.header.map((h) => r.cells[h] ?? ''))];
}

/** The first sheet of an Excel file (base64) as rows of text, numbers and nulls; 400 naming `content` when unreadable. */
async function readXlsx(base64: string): Promise<TrackerCell[][]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  } catch {
    throw invalid([{ name: 'content', code: 'format', ...reasonOf('tracker.file') }]);
  }
  const ws = wb.worksheets[0];
  if (!ws) throw invalid([{ name: 'content', code: 'format', ...reasonOf('tracker.file') }]);
  const out: TrackerCell[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: TrackerCell[] = [];
    for (let c = 1; c <= ws.columnCount; c++) cells.push(cellValue(row.getCell(c).value));
    out[n - 1] = cells;
  });
  return Array.from(out, (r) => r ?? []);
}

function cellValue(v: ExcelJS.CellValue): TrackerCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((t) => t.text).join('');
  if (typeof v === 'object' && 'result' in v) return cellValue(v.result ?? null);
  if (typeof v === 'object' && 'text' in v) return String(v.text);
  return null;
}
