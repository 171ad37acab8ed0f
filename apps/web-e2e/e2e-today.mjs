// The day the browser tests run on (the API's WK_TODAY and every browser context's clock): E2E_TODAY, else a
// fixed default. Plain JavaScript so that both the Playwright config and the specs can import it.
export const DEFAULT_E2E_TODAY = '2026-11-16';

export const E2E_TODAY = process.env['E2E_TODAY'] || DEFAULT_E2E_TODAY;

if (!/^\d{4}-\d{2}-\d{2}$/.test(E2E_TODAY) || Number.isNaN(Date.parse(`${E2E_TODAY}T00:00:00Z`))) {
  throw new Error(`E2E_TODAY must be a day written yyyy-mm-dd, got "${E2E_TODAY}"`);
}
