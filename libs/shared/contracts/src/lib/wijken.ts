export type CbsUnitLevel = 'wijk' | 'buurt';

/** One CBS unit a wijk is mapped to. Codes change when boundaries are redrawn, so the year matters. */
export interface CbsUnit {
  /** `WK` + 6 digits or `BU` + 8 digits. */
  code: string;
  level: CbsUnitLevel;
  /** Year of the CBS indeling (wijk- en buurtindeling) the code belongs to. */
  year: number;
  /** CBS name of the unit, when known for that year. */
  cbsName: string | null;
}

export interface Wijk {
  id: string;
  name: string;
  cbsUnits: CbsUnit[];
  population: number | null;
  populationYear: number | null;
  /** Where the population figure comes from, e.g. "CBS Kerncijfers wijken en buurten 2024 (85984NED)". */
  populationSource: string | null;
  /** Narrative of the wijk's role in the city and region (building block B5). */
  roleInCity: string | null;
  createdAt: string;
  version: number;
}

/** A CBS wijk or buurt of the gemeente, found by name (GET /wijken/cbs-units?q=…). */
export interface CbsUnitMatch {
  code: string;
  level: CbsUnitLevel;
  year: number;
  name: string;
  /** For a buurt: the name of the CBS wijk it lies in (when known). */
  wijkName: string | null;
  /** Inhabitants per CBS Kerncijfers, when known. */
  population: number | null;
}

export interface CbsUnitInput {
  code: string;
  year: number;
}

export interface CreateWijkRequest {
  name: string;
  cbsUnits: CbsUnitInput[];
  population?: number | null;
  populationYear?: number | null;
  populationSource?: string | null;
  roleInCity?: string | null;
}

export interface UpdateWijkRequest extends Partial<CreateWijkRequest> {
  version: number;
}

/**
 * POST /api/v1/wijken/import with body `{ csv }`.
 * Columns (header row required, `,` or `;` separated):
 * `naam`, `cbs_codes` (one or more codes separated by spaces or `|`), `jaar`,
 * optional `inwoners`, `rol_in_de_stad`.
 * All rows are imported or none; a 400 answer names every bad row as `rows.<n>.<column>`
 * (n = line number in the file, header = line 1).
 */
export interface ImportWijkenRequest {
  csv: string;
}

export interface ImportWijkenResult {
  created: number;
  wijken: Wijk[];
}

export const WIJK_CSV_COLUMNS = ['naam', 'cbs_codes', 'jaar', 'inwoners', 'rol_in_de_stad'] as const;
