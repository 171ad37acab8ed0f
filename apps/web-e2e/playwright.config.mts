import { defineConfig } from '@playwright/test';
import { nxE2EPreset } from '@nx/playwright/preset';
import { workspaceRoot } from '@nx/devkit';
import { E2E_TODAY } from './e2e-today.mjs';
import { E2E_METRICS_TOKEN } from './e2e-metrics.mjs';

/**
 * End-to-end tests of the built product: `tools/e2e-server.mjs` serves the API and the built web app
 * on port 3100 (E2E_PORT) with a fresh, seeded database. Set E2E_BASE_URL to test another running instance.
 * The API's clock and every browser context are fixed on one day, E2E_TODAY (e2e-today.mjs).
 *
 * Only Debian's chromium is used (no browser downloads are possible here).
 */
const baseURL = process.env['E2E_BASE_URL'] || `http://localhost:${process.env['E2E_PORT'] || '3100'}`;

export default defineConfig({
  ...nxE2EPreset(import.meta.dirname, { testDir: './src', openHtmlReport: 'never' }),
  outputDir: './test-output/results',
  reporter: [['list'], ['html', { outputFolder: './test-output/report', open: 'never' }]],
  fullyParallel: false,
  workers: 1,
  retries: process.env['CI'] ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width: 1280, height: 900 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: 'node tools/e2e-server.mjs',
    url: `${baseURL}/api/v1/health`,
    reuseExistingServer: !process.env['CI'],
    timeout: 180_000,
    cwd: workspaceRoot,
    env: { WK_TODAY: E2E_TODAY, METRICS_TOKEN: E2E_METRICS_TOKEN },
    stdout: 'pipe',
    stderr: 'pipe',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
  ],
});
