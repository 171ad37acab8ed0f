const nxPreset = require('@nx/jest/preset').default;

/**
 * Unit tests run on one fixed day: `Date` is pinned (timers stay real), so no unit test depends on the day
 * it runs. A test that needs another day passes it in (every clock takes a day). Integration tests pin the
 * API's clock instead (WK_TODAY, see apps/api/test/harness.ts) and switch this off.
 */
const UNIT_TEST_NOW = Date.parse('2026-11-16T11:00:00+01:00');

module.exports = {
  ...nxPreset,
  fakeTimers: {
    enableGlobally: true,
    now: UNIT_TEST_NOW,
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  },
};
