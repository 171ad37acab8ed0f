import type { CsvRow } from '@wk/util';

/*
 * Lists in tests: a test that expects rows says so, and fails with a message that names what was missing
 * instead of "cannot read properties of undefined".
 */

/** The first item of a list that must not be empty. */
export function first<T>(items: readonly T[], what = 'item'): T {
  return nth(items, 0, what);
}

/** The item at `index` (0-based); throws when the list is too short. */
export function nth<T>(items: readonly T[], index: number, what = 'item'): T {
  const item = index >= 0 ? items[index] : undefined;
  if (item === undefined) throw new Error(`Expected a ${what} at index ${index}, the list has ${items.length}.`);
  return item;
}

/** The one item of a list that must hold exactly one. */
export function only<T>(items: readonly T[], what = 'item'): T {
  if (items.length !== 1) throw new Error(`Expected exactly one ${what}, got ${items.length}.`);
  return nth(items, 0, what);
}

/** A cell of a CSV row (test reference data) that must be there. */
export function cell(row: CsvRow, column: string): string {
  const value = row.cells[column];
  if (value === undefined) throw new Error(`CSV line ${row.line} has no column ${column}.`);
  return value;
}
