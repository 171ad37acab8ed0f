import { NETHERLANDS_CODE, type ImportLayout, type ImportRefusal, type MissingReason } from '@wk/contracts';
import { normalizeCbsCode, readCsvRecords } from '@wk/util';
import type { CatalogueEntry } from './catalogue';
import { WIJKPROFIEL_AREAS } from './wijkprofiel-areas';

/** The indeling of the CBS codes WIJKPROFIEL_AREAS maps Rotterdam's wijknr to. */
const WIJKPROFIEL_AREA_YEAR = 2024;

/** One figure read from a file: a value, or missing with its reason. */
export interface ParsedValue {
  line: number;
  areaCode: string;
  areaYear: number;
  areaName: string | null;
  indicator: string;
  year: number;
  value: number | null;
  missing: MissingReason | null;
}

export interface ParsedFile {
  values: ParsedValue[];
  refused: ImportRefusal[];
}

export interface LayoutOptions {
  /** Edition year, for files that do not carry it (CBS OData extracts, RIVM). */
  year?: number;
  /** Year of the area indeling, for files that do not carry it (Leefbaarometer, RIVM). */
  areaYear?: number;
  /** Indicators a `long` file may name (the public catalogue and the gemeente's own). */
  knownIndicators?: ReadonlySet<string>;
}

/** A file-level problem (no rows can be read): the import answers 400 naming `field`. */
export class LayoutError extends Error {
  constructor(
    readonly field: string,
    readonly code: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${field}: ${code}`);
  }
}

/** CBS and Leefbaarometer cells that stand for a missing value, and why. */
const MISSING_CELLS: Record<string, MissingReason> = {
  '': 'not_published',
  '.': 'unknown',
  '-99999999': 'secret',
  '-99997': 'secret',
  na: 'not_measured',
  /** Excel's "not available", in spreadsheets exported to CSV (Leefbaarometer 2.0). */
  '#n/a': 'not_measured',
};

type Cell = { value: number; missing: null } | { value: null; missing: MissingReason } | { error: 'not_a_number' };

/** A cell as a number (decimal point or decimal comma) or as a missing value with its reason. */
export function readCell(raw: string | undefined): Cell {
  const cell = (raw ?? '').trim();
  const missing = MISSING_CELLS[cell.toLowerCase()];
  if (missing) return { value: null, missing };
  const normal = cell.includes(',') && !cell.includes('.') ? cell.replace(',', '.') : cell;
  if (!/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(normal)) return { error: 'not_a_number' };
  return { value: Number(normal), missing: null };
}

/** A CBS area code (the Netherlands, or a gemeente, wijk or buurt), trimmed and upper-cased, or null when it is none. */
export function readAreaCode(raw: string | undefined): string | null {
  const code = raw ?? '';
  return code.trim().toUpperCase() === NETHERLANDS_CODE ? NETHERLANDS_CODE : normalizeCbsCode(code);
}

/** A column name as the importer compares it: the OData suffix (`_87`), hierarchy bars, case and punctuation gone. */
export function normaliseColumn(name: string): string {
  return name
    .replace(/_\d+$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

function requireOption(value: number | undefined, field: 'year' | 'areaYear'): number {
  if (value === undefined) throw new LayoutError(field, 'required');
  return value;
}

function columnIndex(header: string[], names: string[]): number {
  const wanted = names.map(normaliseColumn);
  for (const name of wanted) {
    const i = header.findIndex((h) => normaliseColumn(h) === name);
    if (i >= 0) return i;
  }
  return -1;
}

interface Row {
  line: number;
  fields: string[];
}

/** Reads the table part of a CSV: the header row, the data rows after it, and (StatLine) the units row. */
function table(content: string): { header: string[]; units: string[] | null; rows: Row[]; title: string | null } {
  const { records } = readCsvRecords(content);
  const nonEmpty = records.filter((r) => r.fields.some((f) => f !== ''));
  const first = nonEmpty[0];
  if (!first) throw new LayoutError('content', 'empty');
  // A StatLine export opens with its title, then "Onderwerp", then the labels, then the units.
  const labelsAt = nonEmpty.findIndex((r) => r.fields.some((f) => f === 'Codering'));
  if (labelsAt > 0) {
    const header = nonEmpty[labelsAt]?.fields ?? [];
    const units = nonEmpty[labelsAt + 1]?.fields ?? [];
    return { header, units, rows: nonEmpty.slice(labelsAt + 2), title: first.fields[0] ?? null };
  }
  return { header: first.fields, units: null, rows: nonEmpty.slice(1), title: null };
}

/** Reads the cells of `columns` in one row: a value or missing per column, or a refusal naming the column. */
function readColumns(
  out: ParsedFile,
  row: Row,
  header: string[],
  columns: { code: string; at: number }[],
  where: Pick<ParsedValue, 'areaCode' | 'areaYear' | 'areaName' | 'year'>,
): void {
  for (const col of columns) {
    const cell = readCell(row.fields[col.at]);
    if ('error' in cell)
      out.refused.push({ line: row.line, field: header[col.at] ?? col.code, code: cell.error, reason: row.fields[col.at] ?? '' });
    else out.values.push({ line: row.line, ...where, indicator: col.code, value: cell.value, missing: cell.missing });
  }
}

/** CBS Kerncijfers wijken en buurten, as OData extract (`AantalInwoners_5`) or as StatLine export (labels). */
function parseKwb(content: string, catalogue: CatalogueEntry[], options: LayoutOptions): ParsedFile {
  const { header, units, rows, title } = table(content);
  const codeAt = columnIndex(header, ['Codering', 'WijkenEnBuurten']);
  if (codeAt < 0) throw new LayoutError('content', 'missing_column', { column: 'Codering' });
  const yearAt = columnIndex(header, ['Jaar', 'Perioden']);
  const titleYear = title ? Number(/(\d{4})\s*$/.exec(title)?.[1] ?? NaN) : NaN;
  const fileYear = options.year ?? (Number.isFinite(titleYear) ? titleYear : undefined);
  if (yearAt < 0 && fileYear === undefined) throw new LayoutError('year', 'required');
  // StatLine puts the area's name in the first, unlabelled column; OData extracts carry codes only (a derived file may add a name).
  const nameAt = units ? 0 : columnIndex(header, ['naam_uit_wijken_2024_nl', 'naam']);
  const columns = catalogue.flatMap((c) => {
    if (!c.match.kwb) return [];
    const at = columnIndex(header, c.match.kwb.names);
    if (at < 0) return [];
    const shareOf = c.match.kwb.shareOf;
    const isPercent = (units?.[at] ?? '').trim() === '%';
    if (!shareOf || (isPercent && shareOf.factor === 100)) return [{ code: c.code, at, divideBy: -1, factor: 1 }];
    const divideBy = columnIndex(header, shareOf.names);
    return divideBy < 0 ? [] : [{ code: c.code, at, divideBy, factor: shareOf.factor }];
  });
  const out: ParsedFile = { values: [], refused: [] };
  for (const row of rows) {
    const rawCode = row.fields[codeAt] ?? '';
    const areaCode = readAreaCode(rawCode);
    if (!areaCode) {
      out.refused.push({ line: row.line, field: header[codeAt] ?? 'Codering', code: 'not_a_code', reason: rawCode });
      continue;
    }
    const rowYear = yearAt >= 0 ? Number((row.fields[yearAt] ?? '').trim()) : fileYear;
    if (rowYear === undefined || !Number.isInteger(rowYear) || rowYear < 1990 || rowYear > 2100) {
      out.refused.push({ line: row.line, field: header[yearAt] ?? 'Jaar', code: 'not_a_year', reason: row.fields[yearAt] ?? '' });
      continue;
    }
    const areaName = nameAt >= 0 ? (row.fields[nameAt] ?? '').trim() || null : null;
    for (const col of columns) {
      const cell = readCell(row.fields[col.at]);
      if ('error' in cell) {
        out.refused.push({ line: row.line, field: header[col.at] ?? col.code, code: cell.error, reason: row.fields[col.at] ?? '' });
        continue;
      }
      let { value, missing } = cell;
      if (col.divideBy >= 0 && value !== null) {
        const base = readCell(row.fields[col.divideBy]);
        if ('error' in base) {
          out.refused.push({ line: row.line, field: header[col.divideBy] ?? '', code: base.error, reason: row.fields[col.divideBy] ?? '' });
          continue;
        }
        if (base.value === null || base.value === 0) {
          value = null;
          missing = base.value === null ? base.missing : 'unknown';
        } else {
          value = (value / base.value) * col.factor;
        }
      }
      out.values.push({ line: row.line, areaCode, areaYear: rowYear, areaName, indicator: col.code, year: rowYear, value, missing });
    }
  }
  return out;
}

/** Leefbaarometer 3.0 open data: one row per area and year, the score and its five dimensions. */
function parseLeefbaarometer3(content: string, catalogue: CatalogueEntry[], options: LayoutOptions): ParsedFile {
  const { header, rows } = table(content);
  const areaYear = requireOption(options.areaYear, 'areaYear');
  const codeAt = columnIndex(header, ['wk_code', 'bu_code', 'gm_code']);
  const yearAt = columnIndex(header, ['jaar']);
  const nameAt = columnIndex(header, ['wk_naam', 'bu_naam', 'gm_naam']);
  const lbmAt = columnIndex(header, ['lbm']);
  const afwAt = columnIndex(header, ['afw']);
  if (codeAt < 0 || yearAt < 0 || lbmAt < 0)
    throw new LayoutError('content', 'missing_column', { column: codeAt < 0 ? 'wk_code' : yearAt < 0 ? 'jaar' : 'lbm' });
  const columns = catalogue
    .flatMap((c) => (c.match.leefbaarometer3 ? [{ code: c.code, at: columnIndex(header, [c.match.leefbaarometer3]) }] : []))
    .filter((c) => c.at >= 0);
  const lbmCode = catalogue.find((c) => c.match.leefbaarometer3 === 'lbm')?.code;
  const out: ParsedFile = { values: [], refused: [] };
  const national = new Map<number, { value: number; line: number }>();
  for (const row of rows) {
    const areaCode = readAreaCode(row.fields[codeAt]);
    const year = Number((row.fields[yearAt] ?? '').trim());
    if (!areaCode) {
      out.refused.push({ line: row.line, field: header[codeAt] ?? 'wk_code', code: 'not_a_code', reason: row.fields[codeAt] ?? '' });
      continue;
    }
    if (!Number.isInteger(year) || year < 1990 || year > 2100) {
      out.refused.push({ line: row.line, field: 'jaar', code: 'not_a_year', reason: row.fields[yearAt] ?? '' });
      continue;
    }
    const areaName = nameAt >= 0 ? (row.fields[nameAt] ?? '').trim() || null : null;
    readColumns(out, row, header, columns, { areaCode, areaYear, areaName, year });
    // The national mean is in the data: lbm − afw, the same for every area of a year.
    const lbm = readCell(row.fields[lbmAt]);
    const afw = afwAt >= 0 ? readCell(row.fields[afwAt]) : null;
    if (lbmCode && afw && 'value' in lbm && 'value' in afw && lbm.value !== null && afw.value !== null) {
      // Rounded to 9 decimals: every row of a year gives the same mean up to floating-point noise (~1e-15), so
      // files of wijken and of buurten store the same figure.
      const mean = Math.round((lbm.value - afw.value) * 1e9) / 1e9;
      const seen = national.get(year);
      if (!seen) national.set(year, { value: mean, line: row.line });
      else if (Math.abs(seen.value - mean) > 1e-6)
        out.refused.push({
          line: row.line,
          field: 'afw',
          code: 'inconsistent_national_mean',
          reason: `${mean} ≠ ${seen.value} (line ${seen.line})`,
        });
    }
  }
  for (const [year, { value, line }] of national) {
    out.values.push({
      line,
      areaCode: NETHERLANDS_CODE,
      areaYear,
      areaName: 'Nederland',
      indicator: lbmCode ?? 'lbm_score',
      year,
      value,
      missing: null,
    });
  }
  return out;
}

/** Leefbaarometer 2.0 (meting 2016): one row per area, a class column per year (`KL02` … `KL16`). */
function parseLeefbaarometer2(content: string, catalogue: CatalogueEntry[], options: LayoutOptions): ParsedFile {
  const { header, rows } = table(content);
  const areaYear = requireOption(options.areaYear, 'areaYear');
  const codeAt = columnIndex(header, ['WK_CODE', 'GM_CODE', 'BU_CODE']);
  if (codeAt < 0) throw new LayoutError('content', 'missing_column', { column: 'WK_CODE' });
  const nameAt = header.findIndex((h) => /^(WK|GM|BU)_NAAM/i.test(h));
  const code = catalogue.find((c) => c.match.leefbaarometer2 === 'KL')?.code;
  const years = header.flatMap((h, at) => {
    const m = /^KL(\d{2})$/i.exec(h.trim());
    return m?.[1] ? [{ at, year: 2000 + Number(m[1]) }] : [];
  });
  const out: ParsedFile = { values: [], refused: [] };
  if (!code) return out;
  for (const row of rows) {
    const areaCode = readAreaCode(row.fields[codeAt]);
    if (!areaCode) {
      out.refused.push({ line: row.line, field: header[codeAt] ?? 'WK_CODE', code: 'not_a_code', reason: row.fields[codeAt] ?? '' });
      continue;
    }
    const areaName = nameAt >= 0 ? (row.fields[nameAt] ?? '').trim() || null : null;
    for (const { at, year } of years) readColumns(out, row, header, [{ code, at }], { areaCode, areaYear, areaName, year });
  }
  return out;
}

/** RIVM small-area estimates per wijk: `wijkcode` and one column per estimate. */
function parseRivm(content: string, catalogue: CatalogueEntry[], options: LayoutOptions): ParsedFile {
  const { header, rows } = table(content);
  const year = requireOption(options.year, 'year');
  const areaYear = options.areaYear ?? year;
  const codeAt = columnIndex(header, ['wijkcode', 'gemeentecode', 'buurtcode']);
  if (codeAt < 0) throw new LayoutError('content', 'missing_column', { column: 'wijkcode' });
  const nameAt = columnIndex(header, ['wijknaam']);
  const columns = catalogue
    .flatMap((c) => (c.match.rivm ? [{ code: c.code, at: header.findIndex((h) => h.trim() === c.match.rivm) }] : []))
    .filter((c) => c.at >= 0);
  const out: ParsedFile = { values: [], refused: [] };
  for (const row of rows) {
    const areaCode = readAreaCode(row.fields[codeAt]);
    if (!areaCode) {
      out.refused.push({ line: row.line, field: 'wijkcode', code: 'not_a_code', reason: row.fields[codeAt] ?? '' });
      continue;
    }
    const areaName = nameAt >= 0 ? (row.fields[nameAt] ?? '').trim() || null : null;
    readColumns(out, row, header, columns, { areaCode, areaYear, areaName, year });
  }
  return out;
}

/** The plain long layout: `gebied;indicator;jaar;waarde` (English headers too), optional `indeling` and `naam`. */
function parseLong(content: string, _catalogue: CatalogueEntry[], options: LayoutOptions): ParsedFile {
  const { header, rows } = table(content);
  const at = {
    area: columnIndex(header, ['gebied', 'area_code', 'area', 'code']),
    indicator: columnIndex(header, ['indicator', 'indicator_code']),
    year: columnIndex(header, ['jaar', 'year']),
    value: columnIndex(header, ['waarde', 'value']),
    areaYear: columnIndex(header, ['indeling', 'area_year']),
    name: columnIndex(header, ['naam', 'name']),
  };
  const absent = (['area', 'indicator', 'year', 'value'] as const).find((k) => at[k] < 0);
  if (absent)
    throw new LayoutError('content', 'missing_column', {
      column: { area: 'gebied', indicator: 'indicator', year: 'jaar', value: 'waarde' }[absent],
    });
  const known = options.knownIndicators ?? new Set<string>();
  const out: ParsedFile = { values: [], refused: [] };
  for (const row of rows) {
    const cellOf = (i: number) => (i >= 0 ? (row.fields[i] ?? '').trim() : '');
    const areaCode = readAreaCode(cellOf(at.area));
    const indicator = cellOf(at.indicator);
    const year = Number(cellOf(at.year));
    const areaYear = at.areaYear >= 0 && cellOf(at.areaYear) !== '' ? Number(cellOf(at.areaYear)) : (options.areaYear ?? year);
    const refuse = (field: string, code: string, reason: string) => out.refused.push({ line: row.line, field, code, reason });
    if (!areaCode) refuse(header[at.area] ?? 'gebied', 'not_a_code', cellOf(at.area));
    else if (!known.has(indicator)) refuse(header[at.indicator] ?? 'indicator', 'unknown_indicator', indicator);
    else if (!Number.isInteger(year) || year < 1990 || year > 2100) refuse(header[at.year] ?? 'jaar', 'not_a_year', cellOf(at.year));
    else if (!Number.isInteger(areaYear) || areaYear < 1990 || areaYear > 2100)
      refuse(header[at.areaYear] ?? 'indeling', 'not_a_year', cellOf(at.areaYear));
    else {
      const cell = readCell(cellOf(at.value));
      if ('error' in cell) refuse(header[at.value] ?? 'waarde', cell.error, cellOf(at.value));
      else
        out.values.push({
          line: row.line,
          areaCode,
          areaYear,
          areaName: cellOf(at.name) || null,
          indicator,
          year,
          value: cell.value,
          missing: cell.missing,
        });
    }
  }
  return out;
}

/**
 * Rotterdam's Wijkprofiel (one file per edition and index: `naam gebied;wijknr;BUURT;Veiligheidsindex;…`): the index
 * and its experienced and registered parts. `wijknr` is Rotterdam's own number, mapped to a CBS code of the 2024
 * indeling by WIJKPROFIEL_AREAS; an area without a CBS code of its own (several CBS buurten) is left out.
 */
function parseWijkprofiel(content: string, catalogue: CatalogueEntry[], options: LayoutOptions): ParsedFile {
  const { header, rows } = table(content);
  const year = requireOption(options.year, 'year');
  const areaYear = options.areaYear ?? WIJKPROFIEL_AREA_YEAR;
  const numberAt = columnIndex(header, ['wijknr']);
  if (numberAt < 0) throw new LayoutError('content', 'missing_column', { column: 'wijknr' });
  const columns = catalogue.flatMap((c) => {
    const at = c.match.wijkprofiel ? columnIndex(header, c.match.wijkprofiel) : -1;
    return at >= 0 ? [{ code: c.code, at }] : [];
  });
  const out: ParsedFile = { values: [], refused: [] };
  for (const row of rows) {
    const number = (row.fields[numberAt] ?? '').trim();
    const area = WIJKPROFIEL_AREAS[number];
    if (!area) {
      out.refused.push({ line: row.line, field: 'wijknr', code: 'not_a_code', reason: number });
      continue;
    }
    if (!area.code) continue;
    readColumns(out, row, header, columns, { areaCode: area.code, areaYear, areaName: area.name, year });
  }
  return out;
}

const PARSERS: Record<ImportLayout, (content: string, catalogue: CatalogueEntry[], options: LayoutOptions) => ParsedFile> = {
  'cbs-kwb': parseKwb,
  'leefbaarometer-3': parseLeefbaarometer3,
  'leefbaarometer-2': parseLeefbaarometer2,
  'rivm-wijk': parseRivm,
  'wijkprofiel-rotterdam': parseWijkprofiel,
  long: parseLong,
};

/**
 * Reads a file of one layout into values and refused rows. Two figures for the same area, indicator and year
 * refuse the later row (a file must say one thing). Throws `LayoutError` when the file itself cannot be read.
 */
export function parseIndicatorFile(
  layout: ImportLayout,
  content: string,
  catalogue: CatalogueEntry[],
  options: LayoutOptions = {},
): ParsedFile {
  const parsed = PARSERS[layout](content, catalogue, options);
  const seen = new Map<string, number>();
  const values: ParsedValue[] = [];
  for (const v of parsed.values) {
    const key = `${v.indicator}|${v.areaCode}|${v.areaYear}|${v.year}`;
    const first = seen.get(key);
    if (first !== undefined && v.areaCode !== NETHERLANDS_CODE) {
      parsed.refused.push({ line: v.line, field: v.indicator, code: 'duplicate', reason: `${v.areaCode} ${v.year} (line ${first})` });
    } else if (first === undefined) {
      seen.set(key, v.line);
      values.push(v);
    }
  }
  parsed.refused.sort((a, b) => a.line - b.line);
  return { values, refused: parsed.refused };
}
