/**
 * A small, forgiving CSV reader for files that people export from Excel or download from CBS.
 *
 * - The separator (`,` or `;`) is taken from the header line: whichever occurs more often outside
 *   quotes (a tie, e.g. a one-column file, means `,`).
 * - Quoted fields may contain separators, newlines and doubled quotes (`""` = `"`).
 * - A UTF-8 byte order mark is removed; line ends may be LF, CRLF or CR.
 * - Every cell and header name is trimmed; header names are lower-cased.
 * - Records whose cells are all empty (blank lines, or lines of only separators) are skipped.
 * - Rows with fewer cells than the header get empty strings; surplus cells are dropped.
 *   When a header name occurs twice, the first column wins in `cells`.
 * - `line` is the 1-based physical line on which a record starts (the header is normally line 1),
 *   so that error messages can point at the line a user sees in an editor.
 * - Lenient with malformed input: a quote in the middle of an unquoted field is kept as text; a
 *   quote that is never closed runs to the end of the text, and `unterminatedQuoteLine` says where
 *   it opened so callers can report it.
 */
export type CsvSeparator = ',' | ';';

export interface CsvRow {
  /** 1-based physical line number where the record starts. */
  line: number;
  /** Cell values by (lower-cased) header name. Null-prototype object: any header name is safe. */
  cells: Record<string, string>;
}

export interface CsvTable {
  header: string[];
  separator: CsvSeparator;
  rows: CsvRow[];
  /** Line on which a quoted field opened that was never closed; absent for well-formed input. */
  unterminatedQuoteLine?: number;
}

interface RawRecord {
  line: number;
  fields: string[];
}

const BOM = '\uFEFF';

function isLineBreak(c: string): boolean {
  return c === '\n' || c === '\r';
}

/** Picks `,` or `;` by counting them, outside quotes, on the first non-blank line. */
export function detectCsvSeparator(text: string): CsvSeparator {
  let commas = 0;
  let semicolons = 0;
  let inQuotes = false;
  let lineHasContent = false;
  for (const c of text) {
    if (c === '"') {
      inQuotes = !inQuotes; // a doubled quote toggles twice: no net effect
      lineHasContent = true;
    } else if (inQuotes) {
      continue;
    } else if (isLineBreak(c)) {
      if (lineHasContent) {
        break;
      }
    } else if (c === ',') {
      commas++;
      lineHasContent = true;
    } else if (c === ';') {
      semicolons++;
      lineHasContent = true;
    } else if (c.trim() !== '') {
      lineHasContent = true;
    }
  }
  return semicolons > commas ? ';' : ',';
}

function splitRecords(text: string, separator: CsvSeparator): { records: RawRecord[]; unterminatedQuoteLine?: number } {
  const records: RawRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let quoteLine = 0;
  let line = 1;
  let recordLine = 1;

  const endRecord = (): void => {
    fields.push(field);
    records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };

  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (isLineBreak(c)) {
      if (c === '\r' && text[i + 1] === '\n') {
        i++;
      }
      line++;
      if (inQuotes) {
        field += '\n';
      } else {
        endRecord();
        recordLine = line;
      }
    } else if (inQuotes) {
      if (c !== '"') {
        field += c;
      } else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else {
        inQuotes = false;
      }
    } else if (c === '"' && field.trim() === '') {
      // Opening quote (leading spaces before it are ignored).
      inQuotes = true;
      quoteLine = line;
      field = '';
    } else if (c === separator) {
      fields.push(field);
      field = '';
    } else {
      field += c;
    }
  }
  if (inQuotes || field !== '' || fields.length > 0) {
    endRecord();
  }
  return inQuotes ? { records, unterminatedQuoteLine: quoteLine } : { records };
}

export function parseCsv(text: string): CsvTable {
  const body = text.startsWith(BOM) ? text.slice(BOM.length) : text;
  const separator = detectCsvSeparator(body);
  const { records, unterminatedQuoteLine } = splitRecords(body, separator);

  const nonEmpty = records
    .map((r) => ({ line: r.line, fields: r.fields.map((f) => f.trim()) }))
    .filter((r) => r.fields.some((f) => f !== ''));

  const [headerRecord, ...dataRecords] = nonEmpty;
  const header = headerRecord ? headerRecord.fields.map((h) => h.toLowerCase()) : [];

  const rows: CsvRow[] = dataRecords.map((r) => {
    const cells = Object.create(null) as Record<string, string>;
    header.forEach((name, index) => {
      if (!(name in cells)) {
        cells[name] = r.fields[index] ?? '';
      }
    });
    return { line: r.line, cells };
  });

  const table: CsvTable = { header, separator, rows };
  if (unterminatedQuoteLine !== undefined) {
    table.unterminatedQuoteLine = unterminatedQuoteLine;
  }
  return table;
}

/**
 * The raw records of a CSV text (BOM removed, separator detected, quotes resolved, fields trimmed),
 * for layouts whose header is not on the first line (CBS StatLine exports).
 */
export function readCsvRecords(text: string): { separator: CsvSeparator; records: { line: number; fields: string[] }[] } {
  const body = text.startsWith(BOM) ? text.slice(BOM.length) : text;
  const separator = detectCsvSeparator(body);
  const { records } = splitRecords(body, separator);
  return { separator, records: records.map((r) => ({ line: r.line, fields: r.fields.map((f) => f.trim()) })) };
}
