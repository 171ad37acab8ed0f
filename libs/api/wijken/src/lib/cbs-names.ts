/** Reference list of CBS wijk and buurt codes, provided by the app (it reads the shipped CBS files). */
export interface CbsNames {
  /** Whether the list knows the indeling of this year. */
  knows(year: number): boolean;
  /** CBS name of a WK or BU code in that year's indeling, or null when unknown. */
  nameOf(code: string, year: number): string | null;
}
export const CBS_NAMES = Symbol('CBS_NAMES');
