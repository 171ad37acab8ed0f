/**
 * Writing CSV that Excel opens as the user expects:
 * - the file starts with a UTF-8 byte order mark (Excel otherwise reads UTF-8 as Windows-1252);
 * - with `;` (what Dutch Excel expects) numbers get a decimal comma, with `,` a decimal point;
 * - a cell is quoted when it holds the separator, a quote, a line break or leading/trailing spaces;
 * - text that Excel would run as a formula (starting with =, +, -, @, tab or carriage return) gets a leading
 *   apostrophe (OWASP "CSV injection"); numbers are never changed;
 * - lines end in CRLF (RFC 4180).
 */
export const CSV_BOM = '\uFEFF';

export type CsvCell = string | number | boolean | null | undefined;

export function csvCell(value: CsvCell, separator: ',' | ';'): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    const text = String(value);
    return separator === ';' ? text.replace('.', ',') : text;
  }
  let text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  if (text.includes(separator) || /["\r\n]/.test(text) || text !== text.trim()) text = `"${text.replace(/"/g, '""')}"`;
  return text;
}

export const csvLine = (cells: readonly CsvCell[], separator: ',' | ';'): string =>
  cells.map((c) => csvCell(c, separator)).join(separator) + '\r\n';

/** Euro cents as euros (a number with two decimals at most), for a CSV cell. */
export const centsToEuros = (cents: number): number => Math.round(cents) / 100;
