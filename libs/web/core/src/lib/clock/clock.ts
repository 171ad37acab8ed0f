import { Injectable, InjectionToken, computed, inject, signal } from '@angular/core';
import { addDays, daysBetween, dayIn, systemClock, yearOf, type Clock } from '@wk/util';

/**
 * Where the web app's time comes from: the browser's clock. Tests replace it (or pin the browser's clock with
 * Playwright's clock API); nothing else in the app calls `new Date()` for "now" or "today".
 */
export const TIME_SOURCE = new InjectionToken<Clock>('TIME_SOURCE', { providedIn: 'root', factory: () => systemClock() });

/**
 * The web app's one clock: "today" as the product counts it (a Dutch calendar day, yyyy-mm-dd). It follows the
 * API's day once the session is known, so that a demo or a test that pins the API (WK_TODAY) sees the same day
 * in the browser, and a browser whose clock is a day off still shows what is due. Defaults in forms (adoption
 * date, first year of a plan, the current period) come from here.
 */
@Injectable({ providedIn: 'root' })
export class AppClock {
  readonly #source = inject(TIME_SOURCE);
  /** The API's day and the browser's instant when the session was read. */
  readonly #followed = signal<{ apiToday: string; at: Date } | null>(null);
  /**
   * Days between the browser's day and the API's day. Worked out when first needed, not when the session arrives:
   * the first time-zone formatter costs the phone a noticeable moment while the first page is being drawn.
   */
  readonly #offsetDays = computed(() => {
    const followed = this.#followed();
    return followed ? daysBetween(dayIn(followed.at), followed.apiToday) : 0;
  });

  /** Today, yyyy-mm-dd. */
  today(): string {
    return addDays(this.#source.today(), this.#offsetDays());
  }

  /** This year. */
  year(): number {
    return yearOf(this.today());
  }

  /** Now, on the API's day. */
  now(): Date {
    return new Date(this.#source.now().getTime() + this.#offsetDays() * 86_400_000);
  }

  /** Takes the API's day (from the session answer) as today. */
  follow(apiToday: string | undefined): void {
    if (!apiToday) return;
    this.#followed.set({ apiToday, at: this.#source.now() });
  }
}
