// The bearer token of GET /api/v1/metrics in the server the browser tests start (METRICS_TOKEN), else a fixed
// test value. Plain JavaScript so that both the Playwright config and the specs can import it.
export const E2E_METRICS_TOKEN = process.env['E2E_METRICS_TOKEN'] || 'e2e-metrics-token-0123456789';
