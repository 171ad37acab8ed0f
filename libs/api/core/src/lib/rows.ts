/**
 * The one row of a query that always returns exactly one (an aggregate such as `SELECT max(…)`). Throws when it
 * returns none or several: that is a bug in the query, not a state of the data.
 */
export function oneRow<T>(rows: readonly T[], query: string): T {
  const [row] = rows;
  if (row === undefined || rows.length !== 1) throw new Error(`Expected one row from ${query}, got ${rows.length}.`);
  return row;
}
