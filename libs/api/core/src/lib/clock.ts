import { pinnedClock, systemClock, type Clock as ClockShape } from '@wk/util';

/**
 * The API's one clock (a Nest provider): services inject it and ask it for "today" and "now" instead of
 * calling `new Date()`. Real time in production; `WK_TODAY=yyyy-mm-dd` pins the day for tests and demos.
 * Security timers (session expiry, sign-in throttling) run on the database's real time, not on this clock.
 */
export abstract class Clock implements ClockShape {
  abstract now(): Date;
  abstract today(): string;
  abstract readonly pinned: string | null;
}

/** The clock for a configured day (pinned) or for real time (null). */
export function createClock(day: string | null): Clock {
  return day ? pinnedClock(day) : systemClock();
}
