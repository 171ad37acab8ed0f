/** Today as yyyy-mm-dd in UTC, the same calendar the API counts due and overdue by. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
