import {
  ACTION_TITLE_MAX_LENGTH,
  BUILDING_BLOCKS,
  GOAL_TEXT_MAX_LENGTH,
  PILLAR_BLOCK,
  PILLARS,
  type BlockCode,
  type InvalidParam,
  type PillarCode,
  type Quarter,
  type YearQuarter,
} from '@wk/contracts';
import { formatMessage, type MessageCode, type MessageParams } from '../messages';
import { isNegativeAmount, parseEuroToCents } from './money';

/**
 * The action-tracker layout: one action per row, the columns a gemeente's Excel tracker has. An export of a plan in
 * this layout imports into an empty draft as the same plan.
 */
export const TRACKER_COLUMNS = ['bouwsteen', 'pijler', 'doel', 'actie', 'trekker', 'partners', 'start', 'eind'] as const;
const REQUIRED = ['bouwsteen', 'doel', 'actie', 'start', 'eind'] as const;
/** `budget 2026`: the planned budget of that year, in euros. */
const BUDGET_COLUMN = /^budget (\d{4})$/;

/** The header of a plan's tracker: the fixed columns, then a budget column per year of the plan. */
export const trackerHeader = (startYear: number, endYear: number): string[] => [
  ...TRACKER_COLUMNS,
  ...Array.from({ length: endYear - startYear + 1 }, (_, i) => `budget ${startYear + i}`),
];

/** A cell as read from CSV (text) or Excel (text, number or date). */
export type TrackerCell = string | number | null;

export interface TrackerRow {
  /** The file's row number (the header is row 1). */
  row: number;
  block: BlockCode;
  pillar: PillarCode | null;
  statement: string;
  title: string;
  leadUnitId: string | null;
  contributingUnitIds: string[];
  start: YearQuarter;
  end: YearQuarter;
  budget: { year: number; amountCents: number }[];
}

export interface TrackerContext {
  startYear: number;
  endYear: number;
  /** The gemeente's organisation units by name. */
  units: readonly { id: string; name: string }[];
}

const key = (text: string): string => text.replace(/\s+/g, ' ').trim().toLocaleLowerCase('nl');
const text = (cell: TrackerCell | undefined): string => (cell === null || cell === undefined ? '' : String(cell).trim());

/** "B4", "4", "Bouwsteen 4" or the block's short Dutch or English name. */
function blockOf(value: string): BlockCode | null {
  const k = key(value);
  const code = /^(?:b|bouwsteen\s*)?([1-6])$/.exec(k)?.[1];
  if (code) return `B${code}` as BlockCode;
  return BUILDING_BLOCKS.find((b) => key(b.short.nl) === k || key(b.short.en) === k)?.code ?? null;
}

/** "P2", "2", "Pijler 2" or the pillar's Dutch or English name. */
function pillarOf(value: string): PillarCode | null {
  const k = key(value);
  const code = /^(?:p|pijler\s*)?([1-3])$/.exec(k)?.[1];
  if (code) return `P${code}` as PillarCode;
  return PILLARS.find((p) => key(p.label.nl) === k || key(p.label.en) === k)?.code ?? null;
}

/** "2026-Q1", "2026 Q1", "2026 K1", "K1 2026", "Q1-2026". */
export function parseYearQuarter(value: string): YearQuarter | null {
  const k = key(value);
  const m = /^(\d{4})\s*[-/ ]?\s*[qk]([1-4])$/.exec(k) ?? /^[qk]([1-4])\s*[-/ ]?\s*(\d{4})$/.exec(k);
  if (!m) return null;
  const [year, quarter] = /^\d{4}$/.test(m[1] ?? '') ? [Number(m[1]), Number(m[2])] : [Number(m[2]), Number(m[1])];
  return { year, quarter: quarter as Quarter };
}

/** Euros as a number (Excel) or typed text: "1.250,50", "€ 1250", and the English "1250.50" a CSV export may hold. */
function cents(cell: TrackerCell): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) && cell >= 0 ? Math.round(cell * 100) : null;
  const t = text(cell);
  if (/^\d+\.\d{1,2}$/.test(t)) return Math.round(Number(t) * 100);
  return parseEuroToCents(t);
}

const before = (a: YearQuarter, b: YearQuarter): boolean => a.year < b.year || (a.year === b.year && a.quarter < b.quarter);

/**
 * Checks every row of a tracker (header first) against the plan and the gemeente's units. Errors are named
 * `header.<column>` or `rows.<row>.<column>` with a Dutch reason that says where ("Rij 4, kolom eind: …").
 * The import is all or nothing: use `rows` only when `errors` is empty.
 */
export function parseTracker(
  table: readonly (readonly TrackerCell[])[],
  ctx: TrackerContext,
): { rows: TrackerRow[]; errors: InvalidParam[] } {
  const errors: InvalidParam[] = [];
  const add = (name: string, code: string, reason: MessageCode, params: MessageParams = {}) =>
    errors.push({ name, code, reason: formatMessage('nl', reason, params), reasonCode: reason, reasonParams: params });
  const [head = [], ...body] = table;
  const header = head.map((h) => key(text(h)));
  const index = new Map<string, number>();
  const budgetYears: { year: number; col: number }[] = [];
  header.forEach((name, col) => {
    if (!name) return;
    if (index.has(name)) {
      add(`header.${name}`, 'duplicate_column', 'csv.duplicate_column', { column: name });
      return;
    }
    index.set(name, col);
    const budget = BUDGET_COLUMN.exec(name);
    if (budget) {
      const year = Number(budget[1]);
      if (year < ctx.startYear || year > ctx.endYear)
        add(`header.${name}`, 'outside_plan', 'tracker.budget_year', { column: name, start: ctx.startYear, end: ctx.endYear });
      else budgetYears.push({ year, col });
    } else if (!(TRACKER_COLUMNS as readonly string[]).includes(name))
      add(`header.${name}`, 'unknown_column', 'csv.unknown_column', {
        column: name,
        columns: [...TRACKER_COLUMNS, 'budget <jaar>'].join(', '),
      });
  });
  for (const column of REQUIRED) if (!index.has(column)) add(`header.${column}`, 'missing_column', 'csv.missing_column', { column });
  if (errors.length) return { rows: [], errors };

  const units = new Map(ctx.units.map((u) => [key(u.name), u.id]));
  const rows: TrackerRow[] = [];
  body.forEach((cells, i) => {
    const row = i + 2;
    const cell = (column: string): TrackerCell => cells[index.get(column) ?? -1] ?? null;
    if (cells.every((c) => text(c) === '')) return;
    // Every cell's reason says where ("Rij 4, kolom eind: …"); row and column are also in the name.
    const fail = (column: string, code: string, reason: MessageCode, params: MessageParams = {}) =>
      add(`rows.${row}.${column}`, code, reason, { row, column, ...params });
    const before0 = errors.length;
    const block = blockOf(text(cell('bouwsteen')));
    if (!block) fail('bouwsteen', 'format', 'tracker.block');
    const pillarText = text(cell('pijler'));
    const pillar = pillarText ? pillarOf(pillarText) : null;
    if (pillarText && !pillar) fail('pijler', 'format', 'tracker.pillar');
    else if (block === PILLAR_BLOCK && !pillar) fail('pijler', 'required', 'tracker.pillar_needed');
    else if (block && block !== PILLAR_BLOCK && pillar) fail('pijler', 'not_allowed', 'tracker.pillar_only_b4');
    const statement = text(cell('doel'));
    if (!statement) fail('doel', 'required', 'tracker.required');
    else if (statement.length > GOAL_TEXT_MAX_LENGTH) fail('doel', 'too_long', 'tracker.too_long', { max: GOAL_TEXT_MAX_LENGTH });
    const title = text(cell('actie'));
    if (!title) fail('actie', 'required', 'tracker.required');
    else if (title.length > ACTION_TITLE_MAX_LENGTH) fail('actie', 'too_long', 'tracker.too_long', { max: ACTION_TITLE_MAX_LENGTH });
    const leadName = text(cell('trekker'));
    const lead = leadName ? (units.get(key(leadName)) ?? null) : null;
    if (leadName && !lead) fail('trekker', 'unknown', 'tracker.unknown_unit', { name: leadName });
    const partners: string[] = [];
    for (const name of text(cell('partners'))
      .split(';')
      .map((p) => p.trim())
      .filter(Boolean)) {
      const id = units.get(key(name));
      if (!id) fail('partners', 'unknown', 'tracker.unknown_unit', { name });
      else if (id !== lead && !partners.includes(id)) partners.push(id);
    }
    const period = (column: 'start' | 'eind'): YearQuarter | null => {
      const raw = text(cell(column));
      const yq = parseYearQuarter(raw);
      if (!raw) fail(column, 'required', 'tracker.quarter_format');
      else if (!yq) fail(column, 'format', 'tracker.quarter_format');
      else if (yq.year < ctx.startYear || yq.year > ctx.endYear)
        fail(column, 'outside_plan', 'tracker.outside_plan', { start: ctx.startYear, end: ctx.endYear });
      else return yq;
      return null;
    };
    const start = period('start');
    const end = period('eind');
    if (start && end && before(end, start)) fail('eind', 'before_start', 'tracker.end_before_start');
    const budget: TrackerRow['budget'] = [];
    for (const { year, col } of budgetYears) {
      const raw = cells[col] ?? null;
      if (text(raw) === '') continue;
      const amount = cents(raw);
      if (amount === null || (typeof raw === 'string' && isNegativeAmount(raw))) fail(`budget ${year}`, 'format', 'tracker.amount');
      else if (amount > 0) budget.push({ year, amountCents: amount });
    }
    if (errors.length === before0 && block && start && end)
      rows.push({ row, block, pillar, statement, title, leadUnitId: lead, contributingUnitIds: partners, start, end, budget });
  });
  if (!errors.length && !rows.length) add('rows', 'empty', 'tracker.no_rows');
  return { rows, errors };
}
