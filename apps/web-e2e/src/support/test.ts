import { test as base } from '@playwright/test';
import { pinClock } from './clock';

/**
 * Playwright's `test` with every browser context on the test day (support/clock.ts). Specs import `test` and
 * `expect` from here; a context made by hand (`browser.newContext()`) is pinned with `pinClock`.
 */
export const test = base.extend({
  context: async ({ context }, use) => {
    await pinClock(context);
    await use(context);
  },
});

export { expect } from '@playwright/test';

/** The element at `index`, which the test knows is there (fails loudly when it is not). */
export function at<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) {
    throw new Error(`Nothing at ${index} of ${list.length}`);
  }
  return item;
}
