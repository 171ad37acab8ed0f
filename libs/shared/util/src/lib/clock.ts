import { dateTimeFormat } from './intl';

/**
 * The product's one clock. "Today" is a calendar day in the Netherlands (Europe/Amsterdam), written
 * yyyy-mm-dd; both the API and the web app read it from a `Clock`, never from `new Date()` in a service or
 * a component. A clock can be pinned to a day (tests, demos): then `today()` is that day and `now()` is that
 * day at the real time of day, so timestamps still move forward within a run.
 */
export interface Clock {
  /** The current instant (on a pinned clock: the pinned day at the real time of day). */
  now(): Date;
  /** The current calendar day in the Netherlands, yyyy-mm-dd. */
  today(): string;
  /** The pinned day, or null when the clock follows real time. */
  readonly pinned: string | null;
}

export const PRODUCT_TIME_ZONE = 'Europe/Amsterdam';

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The calendar day (yyyy-mm-dd) of an instant in a time zone (the Netherlands unless given). */
export function dayIn(instant: Date, timeZone = PRODUCT_TIME_ZONE): string {
  const parts = dateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Year, month (1-12) and day of a text written yyyy-mm-dd, or null; the day need not exist. */
function dayParts(text: string): { y: number; mo: number; d: number } | null {
  const [, y, mo, d] = ISO_DAY.exec(text) ?? [];
  return y === undefined || mo === undefined || d === undefined ? null : { y: Number(y), mo: Number(mo), d: Number(d) };
}

/** Midnight UTC of a day, years below 100 included (Date.UTC would read year 50 as 1950). */
function utcMidnightOf({ y, mo, d }: { y: number; mo: number; d: number }): Date {
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  return date;
}

/** True for a real calendar day written yyyy-mm-dd (2028-02-29 yes, 2027-02-29 no; 0050-01-01 yes). */
export function isIsoDay(text: string): boolean {
  const parts = dayParts(text);
  if (!parts) return false;
  const date = utcMidnightOf(parts);
  return date.getUTCFullYear() === parts.y && date.getUTCMonth() === parts.mo - 1 && date.getUTCDate() === parts.d;
}

const utcMidnight = (day: string): number => {
  const parts = dayParts(day);
  if (!parts) throw new RangeError(`not a day: ${day}`);
  return utcMidnightOf(parts).getTime();
};

/** The day `n` days after `day` (before, for negative n). */
export function addDays(day: string, n: number): string {
  return new Date(utcMidnight(day) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` lies before `from`). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}

/** The year of a yyyy-mm-dd day. */
export const yearOf = (day: string): number => Number(day.slice(0, 4));

/** The real clock. `realNow` is for the clock's own tests only. */
export function systemClock(realNow: () => number = Date.now): Clock {
  return {
    pinned: null,
    now: () => new Date(realNow()),
    today: () => dayIn(new Date(realNow())),
  };
}

/**
 * A clock fixed on `day`: `today()` is always that day; `now()` is that day at the real time of day in the
 * Netherlands (so timestamps written during a run keep their order), kept inside the day across a change of
 * summer time.
 */
export function pinnedClock(day: string, realNow: () => number = Date.now): Clock {
  if (!isIsoDay(day)) throw new RangeError(`not a day (yyyy-mm-dd): ${day}`);
  return {
    pinned: day,
    today: () => day,
    now: () => {
      const real = realNow();
      let t = real + daysBetween(dayIn(new Date(real)), day) * DAY_MS;
      // Moving across a change of summer time shifts the wall clock by an hour: step back into the day.
      for (let i = 0; i < 2 && dayIn(new Date(t)) !== day; i++) t += dayIn(new Date(t)) > day ? -3_600_000 : 3_600_000;
      return new Date(t);
    },
  };
}
