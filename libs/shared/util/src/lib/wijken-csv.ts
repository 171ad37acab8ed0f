import { CreateWijkRequest, InvalidParam, WIJK_CSV_COLUMNS } from '@wk/contracts';
import { parseCbsCode } from './cbs-code';
import { parseCsv } from './csv';

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

export const WIJK_NAME_MAX_LENGTH = 200;
export const WIJK_ROLE_MAX_LENGTH = 4000;
export const WIJK_CSV_MIN_YEAR = 1990;
export const WIJK_CSV_MAX_YEAR = 2100;
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
  const add = (name: string, code: string, reason: string): void => {
    errors.push({ name, code, reason });
  };

  // --- header ---
  const seenColumns = new Set<string>();
  table.header.forEach((column, index) => {
    if (column === '') {
      // A trailing separator in the header is common in spreadsheet exports: harmless while empty.
      if (table.rows.some((row) => (row.cells[''] ?? '') !== '')) {
        add(`header.${index + 1}`, 'unknown_column', `Kolom ${index + 1} heeft geen naam in de eerste regel, maar er staan wel gegevens in.`);
      }
      return;
    }
    if (seenColumns.has(column)) {
      add(`header.${column}`, 'duplicate', `De kolom '${column}' staat meer dan één keer in de eerste regel.`);
      return;
    }
    seenColumns.add(column);
    if (!KNOWN_COLUMNS.has(column)) {
      add(
        `header.${column}`,
        'unknown_column',
        `De kolom '${column}' kennen we niet. Gebruik alleen deze kolommen: ${WIJK_CSV_COLUMNS.join(', ')}.`,
      );
    }
  });
  for (const column of REQUIRED_COLUMNS) {
    if (!seenColumns.has(column)) {
      add(`header.${column}`, 'missing_column', `De kolom '${column}' ontbreekt. Zet de kolomnamen in de eerste regel van het bestand.`);
    }
  }
  const has = (column: WijkCsvColumn): boolean => seenColumns.has(column);

  if (table.unterminatedQuoteLine !== undefined) {
    add(
      `rows.${table.unterminatedQuoteLine}`,
      'format',
      'In deze regel begint een tekst met een aanhalingsteken ("), maar het afsluitende aanhalingsteken ontbreekt.',
    );
  }
  if (table.rows.length === 0 && table.header.length > 0 && has('naam')) {
    add('rows', 'required', 'Het bestand bevat geen wijken. Zet onder de eerste regel één wijk per regel.');
  }

  // --- rows ---
  const rows: CreateWijkRequest[] = [];
  const lines: number[] = [];
  const firstLineOfName = new Map<string, number>();

  for (const { line, cells } of table.rows) {
    const errorsBefore = errors.length;
    const field = (column: WijkCsvColumn): string => (has(column) ? cells[column] ?? '' : '');
    const at = (column: WijkCsvColumn): string => `rows.${line}.${column}`;

    // naam
    const name = field('naam');
    if (has('naam')) {
      if (name === '') {
        add(at('naam'), 'required', 'Vul de naam van de wijk in.');
      } else if (charLength(name) > WIJK_NAME_MAX_LENGTH) {
        add(at('naam'), 'too_long', `De naam is te lang. Gebruik hoogstens ${WIJK_NAME_MAX_LENGTH} tekens.`);
      } else {
        const key = nameKey(name);
        const firstLine = firstLineOfName.get(key);
        if (firstLine === undefined) {
          firstLineOfName.set(key, line);
        } else {
          add(at('naam'), 'duplicate', `Deze wijk staat al in regel ${firstLine}. Zet elke wijk maar één keer in het bestand.`);
        }
      }
    }

    // jaar
    let year: number | null = null;
    if (has('jaar')) {
      const raw = field('jaar');
      if (raw === '') {
        add(at('jaar'), 'required', 'Vul het jaar van de CBS-indeling in, bijvoorbeeld 2024.');
      } else if (!/^\d+$/.test(raw)) {
        add(at('jaar'), 'format', `'${raw}' is geen jaartal. Vul een jaar in met alleen cijfers, bijvoorbeeld 2024.`);
      } else if (Number(raw) < WIJK_CSV_MIN_YEAR || Number(raw) > WIJK_CSV_MAX_YEAR) {
        add(at('jaar'), 'out_of_range', `Het jaar moet tussen ${WIJK_CSV_MIN_YEAR} en ${WIJK_CSV_MAX_YEAR} liggen.`);
      } else {
        year = Number(raw);
      }
    }

    // cbs_codes
    const codes: string[] = [];
    if (has('cbs_codes')) {
      const parts = field('cbs_codes').split(CODE_SEPARATORS).filter((part) => part !== '');
      if (parts.length === 0) {
        add(at('cbs_codes'), 'required', 'Vul minstens één CBS-code in: de code van een wijk (WK) of buurt (BU).');
      }
      for (const part of parts) {
        const parsed = parseCbsCode(part);
        if (parsed === null) {
          add(
            at('cbs_codes'),
            'format',
            `'${part}' is geen geldige CBS-code. Een wijkcode is WK met 6 cijfers, een buurtcode is BU met 8 cijfers.`,
          );
        } else if (parsed.level === 'gemeente') {
          add(at('cbs_codes'), 'format', `${parsed.code} is de code van een gemeente. Gebruik de code van een wijk (WK) of buurt (BU).`);
        } else if (parsed.gemeenteCode !== gm) {
          add(at('cbs_codes'), 'wrong_gemeente', `Deze CBS-code hoort niet bij gemeente ${gm}: ${parsed.code}.`);
        } else if (codes.includes(parsed.code)) {
          add(at('cbs_codes'), 'duplicate', `De CBS-code ${parsed.code} staat twee keer in deze regel.`);
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
        add(at('inwoners'), 'out_of_range', 'Het aantal inwoners kan niet lager zijn dan 0.');
      } else if (!/^\d+$/.test(rawPopulation)) {
        add(
          at('inwoners'),
          'format',
          `'${rawPopulation}' is geen geldig aantal. Vul een heel getal in, zonder punten of spaties, bijvoorbeeld 12500. Of laat het vak leeg.`,
        );
      } else if (Number(rawPopulation) > WIJK_CSV_MAX_INWONERS) {
        add(at('inwoners'), 'out_of_range', 'Dit aantal inwoners is te groot.');
      } else {
        population = Number(rawPopulation);
      }
    }

    // rol_in_de_stad (optional)
    const role = field('rol_in_de_stad');
    if (charLength(role) > WIJK_ROLE_MAX_LENGTH) {
      add(at('rol_in_de_stad'), 'too_long', `De tekst over de rol in de stad is te lang. Gebruik hoogstens ${WIJK_ROLE_MAX_LENGTH} tekens.`);
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
