import { type Page, expect, test } from '@playwright/test';
import type { AxeResults, Result } from 'axe-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const AXE_PATH = require.resolve('axe-core/axe.min.js');
export const SCREENSHOT_DIR = join(__dirname, '..', '..', 'test-output', 'screenshots');

interface AxeWindow {
  axe: { run: (context: Document, options: { resultTypes: string[] }) => Promise<AxeResults> };
}

function describe(violation: Result): string {
  const targets = violation.nodes
    .slice(0, 5)
    .map((node) => node.target.join(' '))
    .join(' | ');
  return `${violation.impact ?? 'unknown'} ${violation.id}: ${violation.help} (${targets})`;
}

/** Runs axe-core in the page; fails on violations with impact serious or critical. */
export async function expectNoSeriousA11yViolations(page: Page, name: string): Promise<void> {
  await page.addScriptTag({ path: AXE_PATH });
  const results = await page.evaluate(() => (window as unknown as AxeWindow).axe.run(document, { resultTypes: ['violations'] }));
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const minor = results.violations.filter((v) => !serious.includes(v));
  if (minor.length > 0) {
    test.info().annotations.push({ type: `axe (minor) ${name}`, description: minor.map(describe).join('\n') });
  }
  expect(serious.map(describe), `axe on ${name}`).toEqual([]);
}

/** Full-page screenshot into apps/web-e2e/test-output/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** Both of the above, after the page has settled. */
export async function checkPage(page: Page, name: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(/Bezig met laden|Loading…/)).toHaveCount(0);
  await screenshot(page, name);
  await expectNoSeriousA11yViolations(page, name);
}
