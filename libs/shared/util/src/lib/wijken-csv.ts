import {
  CBS_YEAR_MIN,
  CreateWijkRequest,
  InvalidParam,
  ROLE_IN_CITY_MAX_LENGTH,
  TITLE_MAX_LENGTH,
  WIJK_CSV_COLUMNS,
  YEAR_MAX,
} from '@wk/contracts';
import { parseCbsCode } from './cbs-code';
import { parseCsv } from './csv';
import { formatMessage, type MessageCode, type MessageParams } from './messages';

/**
 * Reads the CSV of `POST /api/v1/wijken/import` (see `ImportWijkenRequest`).
 *
 * Checks the form of every row (required columns, number formats, lengths, that every CBS code is
 * a WK or BU code of the tenant's gemeente, no duplicates). Whether a code exists in the CBS lists
 * of the given year is checked by the caller (the API has the reference data).
 *
 * Error names follow the contract: `header.<column>` for the header, `rows.<line>.<column>` for a
 * cell (line = physical line in the file, header = line 1), `rows.<line>` when a quote is never
 * closed, and `rows` when the file has no wijken at all. Reasons are plain Dutch (B1).
 */
export type WijkCsvColumn = (typeof WIJK_CSV_COLUMNS)[number];

export interface WijkenCsvResult {
  /** The valid rows, in file order. The import is all-or-nothing: use them only when `errors` is empty. */
  rows: CreateWijkRequest[];
  /** For each entry of `rows`, the line it came from (to report later errors as `rows.<line>.…`). */
  lines: number[];
  errors: InvalidParam[];
}

export const WIJK_NAME_MAX_LENGTH = TITLE_MAX_LENGTH;
export const WIJK_ROLE_MAX_LENGTH = ROLE_IN_CITY_MAX_LENGTH;
export const WIJK_CSV_MIN_YEAR = CBS_YEAR_MIN;
export const WIJK_CSV_MAX_YEAR = YEAR_MAX;
/** Upper bound for `inwoners`: the largest value of a PostgreSQL `integer`. */
export const WIJK_CSV_MAX_INWONERS = 2_147_483_647;
export const POPULATION_SOURCE_IMPORT = 'Opgegeven bij import';

const REQUIRED_COLUMNS: readonly WijkCsvColumn[] = ['naam', 'cbs_codes', 'jaar'];
const KNOWN_COLUMNS: ReadonlySet<string> = new Set<string>(WIJK_CSV_COLUMNS);
/** Codes in one cell may be separated by spaces, `|`, `;` (inside quotes) or `,` (inside quotes). */
const CODE_SEPARATORS = /[\s|;,]+/;

/** Length in characters as a person counts them (code points, not UTF-16 units). */
function charLength(value: string): number {
  return Array.from(value).length;
}

/** Case- and spacing-insensitive key for "is this the same wijk name?". */
function nameKey(name: string): string {
  return name.replace(/\s+/g, ' ').toLocaleLowerCase('nl');
}

export function parseWijkenCsv(text: string, gmCode: string): WijkenCsvResult {
  const gemeente = parseCbsCode(gmCode);
  if (gemeente === null || gemeente.level !== 'gemeente') {
    throw new Error(`parseWijkenCsv: '${gmCode}' is not a gemeente code (GM + 4 digits).`);
  }
  const gm = gemeente.code;

  const table = parseCsv(text);
  const errors: InvalidParam[] = [];
  const add = (name: string, code: string, reason: MessageCode, params?: MessageParams): void => {
    errors.push({
      name,
      code,
      reason: formatMessage('nl', reason, params),
      reasonCode: reason,
      ...(params ? { reasonParams: params } : {}),
    });
  };

  // --- header ---
  const seenColumns = new Set<string>();
  table.header.forEach((column, index) => {
    if (column === '') {
      // A trailing separator in the header is common in spreadsheet exports: harmless while empty.
      if (table.rows.some((row) => (row.cells[''] ?? '') !== '')) {
        add(`header.${index + 1}`, 'unknown_column', 'csv.unnamed_column', { index: index + 1 });
      }
      return;
    }
    if (seenColumns.has(column)) {
      add(`header.${column}`, 'duplicate', 'csv.duplicate_column', { column });
      return;
    }
    seenColumns.add(column);
    if (!KNOWN_COLUMNS.has(column)) {
      add(`header.${column}`, 'unknown_column', 'csv.unknown_column', { column, columns: WIJK_CSV_COLUMNS.join(', ') });
    }
  });
  for (const column of REQUIRED_COLUMNS) {
    if (!seenColumns.has(column)) {
      add(`header.${column}`, 'missing_column', 'csv.missing_column', { column });
    }
  }
  const has = (column: WijkCsvColumn): boolean => seenColumns.has(column);

  if (table.unterminatedQuoteLine !== undefined) {
    add(`rows.${table.unterminatedQuoteLine}`, 'format', 'csv.unterminated_quote');
  }
  if (table.rows.length === 0 && table.header.length > 0 && has('naam')) {
    add('rows', 'required', 'csv.no_rows');
  }

  // --- rows ---
  const rows: CreateWijkRequest[] = [];
  const lines: number[] = [];
  const firstLineOfName = new Map<string, number>();

  for (const { line, cells } of table.rows) {
    const errorsBefore = errors.length;
    const field = (column: WijkCsvColumn): string => (has(column) ? (cells[column] ?? '') : '');
    const at = (column: WijkCsvColumn): string => `rows.${line}.${column}`;

    // naam
    const name = field('naam');
    if (has('naam')) {
      if (name === '') {
        add(at('naam'), 'required', 'csv.name_required');
      } else if (charLength(name) > WIJK_NAME_MAX_LENGTH) {
        add(at('naam'), 'too_long', 'csv.name_too_long', { max: WIJK_NAME_MAX_LENGTH });
      } else {
        const key = nameKey(name);
        const firstLine = firstLineOfName.get(key);
        if (firstLine === undefined) {
          firstLineOfName.set(key, line);
        } else {
          add(at('naam'), 'duplicate', 'csv.duplicate_name', { line: firstLine });
        }
      }
    }

    // jaar
    let year: number | null = null;
    if (has('jaar')) {
      const raw = field('jaar');
      if (raw === '') {
        add(at('jaar'), 'required', 'csv.year_required');
      } else if (!/^\d+$/.test(raw)) {
        add(at('jaar'), 'format', 'csv.year_format', { value: raw });
      } else if (Number(raw) < WIJK_CSV_MIN_YEAR || Number(raw) > WIJK_CSV_MAX_YEAR) {
        add(at('jaar'), 'out_of_range', 'csv.year_range', { min: WIJK_CSV_MIN_YEAR, max: WIJK_CSV_MAX_YEAR });
      } else {
        year = Number(raw);
      }
    }

    // cbs_codes
    const codes: string[] = [];
    if (has('cbs_codes')) {
      const parts = field('cbs_codes')
        .split(CODE_SEPARATORS)
        .filter((part) => part !== '');
      if (parts.length === 0) {
        add(at('cbs_codes'), 'required', 'csv.codes_required');
      }
      for (const part of parts) {
        const parsed = parseCbsCode(part);
        if (parsed === null) {
          add(at('cbs_codes'), 'format', 'csv.code_format', { value: part });
        } else if (parsed.level === 'gemeente') {
          add(at('cbs_codes'), 'format', 'csv.code_is_gemeente', { code: parsed.code });
        } else if (parsed.gemeenteCode !== gm) {
          add(at('cbs_codes'), 'wrong_gemeente', 'csv.code_wrong_gemeente', { gemeente: gm, code: parsed.code });
        } else if (codes.includes(parsed.code)) {
          add(at('cbs_codes'), 'duplicate', 'csv.code_duplicate', { code: parsed.code });
        } else {
          codes.push(parsed.code);
        }
      }
    }

    // inwoners (optional)
    let population: number | null = null;
    const rawPopulation = field('inwoners');
    if (rawPopulation !== '') {
      if (/^-\d+$/.test(rawPopulation)) {
        add(at('inwoners'), 'out_of_range', 'csv.population_negative');
      } else if (!/^\d+$/.test(rawPopulation)) {
        add(at('inwoners'), 'format', 'csv.population_format', { value: rawPopulation });
      } else if (Number(rawPopulation) > WIJK_CSV_MAX_INWONERS) {
        add(at('inwoners'), 'out_of_range', 'csv.population_too_large');
      } else {
        population = Number(rawPopulation);
      }
    }

    // rol_in_de_stad (optional)
    const role = field('rol_in_de_stad');
    if (charLength(role) > WIJK_ROLE_MAX_LENGTH) {
      add(at('rol_in_de_stad'), 'too_long', 'csv.role_too_long', { max: WIJK_ROLE_MAX_LENGTH });
    }

    if (errors.length > errorsBefore || year === null || codes.length === 0 || name === '') {
      continue;
    }
    const unitYear: number = year;
    const request: CreateWijkRequest = { name, cbsUnits: codes.map((code) => ({ code, year: unitYear })) };
    if (population !== null) {
      request.population = population;
      request.populationYear = unitYear;
      request.populationSource = POPULATION_SOURCE_IMPORT;
    }
    if (role !== '') {
      request.roleInCity = role;
    }
    rows.push(request);
    lines.push(line);
  }

  return { rows, lines, errors };
}
