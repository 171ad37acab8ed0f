import type { BrowserContext } from '@playwright/test';
import { E2E_TODAY } from '../../e2e-today.mjs';

/**
 * The day the browser tests run on (e2e-today.mjs). The API under test is started with WK_TODAY set to it (see
 * playwright.config.mts) and every browser context has its clock fixed on it, so the suite never depends on
 * the real date. `E2E_TODAY=2028-02-29 npm run e2e` runs the suite on another day; `npm test` runs it on the
 * default and again on a second day (tools/test.mjs).
 */
export { E2E_TODAY } from '../../e2e-today.mjs';

/** The year of the test day. */
export const E2E_YEAR = Number(E2E_TODAY.slice(0, 4));

/** The quarter of the test day (1–4). */
export const E2E_QUARTER = Math.ceil(Number(E2E_TODAY.slice(5, 7)) / 3);

/** The test day as the interface writes it in Dutch ("16 november 2026"). */
export const E2E_TODAY_NL = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
  new Date(`${E2E_TODAY}T12:00:00Z`),
);

/** Fixes the browser's clock on the test day (midday in the Netherlands); timers keep running. */
export async function pinClock(context: BrowserContext): Promise<void> {
  await context.clock.setFixedTime(new Date(`${E2E_TODAY}T11:00:00Z`));
}
