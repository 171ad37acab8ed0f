/** Integration tests: the real app over real HTTP against a real PostgreSQL (TEST_DATABASE_URL or PGlite). */
const swc = require('../../jest.swc.cjs');

module.exports = {
  displayName: 'api-int',
  preset: '../../jest.preset.js',
  ...swc,
  rootDir: '.',
  testMatch: ['<rootDir>/test/**/*.int-spec.ts'],
  globalSetup: '../../libs/api/testing/src/global-setup.cjs',
  globalTeardown: '../../libs/api/testing/src/global-teardown.cjs',
  testTimeout: 60000,
  maxWorkers: 1,
  // The real time: the API's clock is pinned through WK_TODAY instead, and sessions expire on the database's time.
  fakeTimers: { enableGlobally: false },
};
