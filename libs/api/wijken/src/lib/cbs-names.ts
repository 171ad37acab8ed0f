import type { CbsUnitMatch } from '@wk/contracts';

/** Reference list of CBS wijk and buurt codes, provided by the app (it reads the shipped CBS files). */
export interface CbsNames {
  /** Whether the list knows the indeling of this year. */
  knows(year: number): boolean;
  /** CBS name of a WK or BU code in that year's indeling, or null when unknown. */
  nameOf(code: string, year: number): string | null;
  /**
   * The CBS wijken and buurten of a gemeente whose name or code contains `query` (case and accents
   * ignored), wijken first, then by name; at most `limit`.
   */
  search(gmCode: string, query: string, limit: number): CbsUnitMatch[];
}
export const CBS_NAMES = Symbol('CBS_NAMES');
