import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { CbsUnitMatch } from '@wk/contracts';
import { normalizeCbsCode, parseCsv } from '@wk/util';

/**
 * CBS reference lists shipped in `data/cbs/` (see data/cbs/SOURCES.md): the names of all CBS
 * wijken and buurten of the 2024 indeling, the gemeenten, and the number of inhabitants per wijk
 * of the six demo gemeenten (CBS Kerncijfers wijken en buurten 2024, table 85984NED).
 *
 * Only the 2024 indeling is known. CBS renumbers wijken and buurten when boundaries change, so a
 * code is only looked up together with its year; any other year gives "unknown" (null / false).
 */

/** The one year of the CBS wijk- en buurtindeling this reference knows. */
export const CBS_REFERENCE_YEAR = 2024;

/** File that marks the data folder: `<root>/data/cbs/wijken_2024_nl.csv`. */
const MARKER = join('data', 'cbs', 'wijken_2024_nl.csv');

const FILES = {
  wijken: 'wijken_2024_nl.csv',
  buurten: 'cbs_buurt_namen_85984.csv',
  gemeenten: 'gemeenten_2025.csv',
  kwb: 'kwb_2024_85984NED_gm_wk_zes_gemeenten.csv',
} as const;

/** Walks up from `start` to the file-system root; returns the first folder holding `data/cbs/…`. */
function findRootFrom(start: string): string | null {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, MARKER))) {
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) {
      return null;
    }
    dir = parent;
  }
}

/**
 * The absolute path of the `data/cbs` folder.
 *
 * `WK_DATA_ROOT`, when set, wins and must point at the repository root (the folder holding
 * `data/cbs/`); for convenience it may also point at `data/` or at `data/cbs/` itself. Otherwise
 * the folder is searched upwards from this file's directory and then from the working directory
 * (a webpack bundle in dist/ has a different `__dirname` than the sources).
 */
export function resolveCbsDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env['WK_DATA_ROOT']?.trim();
  if (configured) {
    const root = resolve(configured);
    const candidates = [join(root, 'data', 'cbs'), join(root, 'cbs'), root];
    const found = candidates.find((dir) => existsSync(join(dir, FILES.wijken)));
    if (!found) {
      throw new Error(`WK_DATA_ROOT=${configured}: no ${MARKER} found there.`);
    }
    return found;
  }
  for (const start of [__dirname, process.cwd()]) {
    const root = findRootFrom(start);
    if (root !== null) {
      return join(root, 'data', 'cbs');
    }
  }
  throw new Error(
    `CBS reference data not found: no ${MARKER} above ${__dirname} or ${process.cwd()}. Set WK_DATA_ROOT to the repository root.`,
  );
}

function readTable(dir: string, file: string): ReturnType<typeof parseCsv> {
  return parseCsv(readFileSync(join(dir, file), 'utf8'));
}

/** Builds `code → value` from two columns of a table; fails loudly when a column is missing. */
function indexBy(table: ReturnType<typeof parseCsv>, file: string, keyColumn: string, valueColumn: string): Map<string, string> {
  for (const column of [keyColumn, valueColumn]) {
    if (!table.header.includes(column)) {
      throw new Error(`${file}: column '${column}' missing (header: ${table.header.join(', ')}).`);
    }
  }
  const index = new Map<string, string>();
  for (const { cells } of table.rows) {
    const code = normalizeCbsCode(cells[keyColumn] ?? '');
    const value = cells[valueColumn] ?? '';
    if (code !== null && value !== '') {
      index.set(code, value);
    }
  }
  return index;
}

export class CbsReference {
  private static cached: CbsReference | null = null;

  /**
   * @param names CBS code (GM, WK or BU) → name, for the 2024 indeling. Gemeente names come from the
   *   2025 list, whose 342 codes and names equal CBS's 2024 list (see data/cbs/SOURCES.md).
   * @param gemeenten GM code → gemeente name.
   * @param inwoners CBS code → `AantalInwoners_5` of KWB 2024 (six demo gemeenten and their wijken only).
   */
  constructor(
    private readonly names: ReadonlyMap<string, string>,
    private readonly gemeenten: ReadonlyMap<string, string>,
    private readonly inwoners: ReadonlyMap<string, number>,
  ) {}

  /** Loads the reference from `data/cbs` once per process (see `resolveCbsDataDir`). */
  static load(): CbsReference {
    if (CbsReference.cached === null) {
      CbsReference.cached = CbsReference.loadFrom(resolveCbsDataDir());
    }
    return CbsReference.cached;
  }

  /** Reads the reference files from `dir` (the `data/cbs` folder), without caching. */
  static loadFrom(dir: string): CbsReference {
    const gemeenten = indexBy(readTable(dir, FILES.gemeenten), FILES.gemeenten, 'gm_code', 'gm_naam');
    const wijken = indexBy(readTable(dir, FILES.wijken), FILES.wijken, 'wijkcode', 'wijknaam');
    const buurten = indexBy(readTable(dir, FILES.buurten), FILES.buurten, 'identifier', 'title');
    const names = new Map<string, string>([...gemeenten, ...wijken, ...buurten]);

    const inwoners = new Map<string, number>();
    for (const [code, value] of indexBy(readTable(dir, FILES.kwb), FILES.kwb, 'wijkenenbuurten', 'aantalinwoners_5')) {
      // Only plain non-negative integers are figures; anything else (e.g. a CBS "secret" marker) is no figure.
      if (/^\d+$/.test(value)) {
        inwoners.set(code, Number(value));
      }
    }
    return new CbsReference(names, gemeenten, inwoners);
  }

  /** True when codes of this indeling year can be looked up (only 2024). */
  knows(year: number): boolean {
    return year === CBS_REFERENCE_YEAR;
  }

  /** The CBS name of a gemeente, wijk or buurt code in the indeling of `year`; null when unknown. */
  nameOf(code: string, year: number): string | null {
    const normalized = normalizeCbsCode(code);
    if (normalized === null || !this.knows(year)) {
      return null;
    }
    return this.names.get(normalized) ?? null;
  }

  /** True when `code` exists in the CBS indeling of `year`. */
  exists(code: string, year: number): boolean {
    return this.nameOf(code, year) !== null;
  }

  /** Name of a gemeente as CBS spells it (e.g. `'s-Gravenhage` for GM0518); null when unknown. */
  gemeenteName(gmCode: string): string | null {
    const normalized = normalizeCbsCode(gmCode);
    return normalized === null ? null : (this.gemeenten.get(normalized) ?? null);
  }

  /**
   * The CBS wijken and buurten of a gemeente (2024 indeling) whose name or code contains `query`, ignoring
   * case and accents; wijken first, then by name (Dutch order); at most `limit`.
   */
  search(gmCode: string, query: string, limit: number): CbsUnitMatch[] {
    const gm = normalizeCbsCode(gmCode);
    const needle = fold(query.trim());
    if (gm === null || needle === '') {
      return [];
    }
    const digits = gm.slice(2);
    const out: CbsUnitMatch[] = [];
    for (const [code, name] of this.names) {
      const level = code.startsWith(`WK${digits}`) ? 'wijk' : code.startsWith(`BU${digits}`) ? 'buurt' : null;
      if (level === null || !(fold(name).includes(needle) || code.toLowerCase().includes(needle))) {
        continue;
      }
      out.push({
        code,
        level,
        year: CBS_REFERENCE_YEAR,
        name,
        wijkName: level === 'buurt' ? (this.names.get(`WK${code.slice(2, 8)}`) ?? null) : null,
        population: this.inwoners.get(code) ?? null,
      });
    }
    return out.sort((a, b) => (a.level === b.level ? a.name.localeCompare(b.name, 'nl') : a.level === 'wijk' ? -1 : 1)).slice(0, limit);
  }

  /**
   * Number of inhabitants of a gemeente or CBS wijk of the six demo gemeenten, as published in CBS
   * Kerncijfers wijken en buurten 2024 (85984NED, `AantalInwoners_5`); null for other codes, for
   * buurten (not in the extract) and for other years.
   */
  inwonersKwb(code: string, year: number): number | null {
    const normalized = normalizeCbsCode(code);
    if (normalized === null || !this.knows(year)) {
      return null;
    }
    return this.inwoners.get(normalized) ?? null;
  }
}

/** Lower case without accents, for matching names as people type them ("Bezuidenhout" finds "Bezuidenhout-Oost"). */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}
