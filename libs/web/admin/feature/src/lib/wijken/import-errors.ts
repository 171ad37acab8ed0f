import type { InvalidParam } from '@wk/contracts';

/** One line of the "errors per row" table of the CSV import. */
export interface ImportErrorRow {
  /** Line in the file (header = 1); null when the error is about the file as a whole. */
  line: number | null;
  /** Column name from the header; null when the error is about the whole row or file. */
  column: string | null;
  /** True for errors in the header line. */
  header: boolean;
  message: string;
}

/**
 * Turns the import's invalid parameters into table rows: `header.<column>` (header, line 1),
 * `rows.<line>.<column>`, `rows.<line>` (whole row), and anything else (`rows`, `csv`) as an error
 * about the file. Sorted by line, file-wide errors first.
 */
export function importErrorRows(params: readonly InvalidParam[]): ImportErrorRow[] {
  const rows = params.map((param): ImportErrorRow => {
    const header = /^header\.(.+)$/.exec(param.name);
    if (header) {
      return { line: 1, column: header[1] ?? null, header: true, message: param.reason };
    }
    const row = /^rows\.(\d+)(?:\.(.+))?$/.exec(param.name);
    if (row) {
      return { line: Number(row[1]), column: row[2] ?? null, header: false, message: param.reason };
    }
    return { line: null, column: null, header: false, message: param.reason };
  });
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => (a.row.line ?? 0) - (b.row.line ?? 0) || a.index - b.index)
    .map(({ row }) => row);
}

/** Removes a byte order mark, which spreadsheet programs put at the start of UTF-8 exports. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
