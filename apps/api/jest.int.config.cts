/** Integration tests: the real app over real HTTP against a real PostgreSQL (TEST_DATABASE_URL or PGlite). */
const swc = require('../../jest.swc.cjs');

module.exports = {
  displayName: 'api-int',
  preset: '../../jest.preset.js',
  ...swc,
  rootDir: '.',
  testMatch: ['<rootDir>/test/**/*.int-spec.ts'],
  // ESM-only packages (the OpenID Connect client and the test provider) are compiled to CommonJS like the code.
  transformIgnorePatterns: ['/node_modules/(?!(openid-client|oauth4webapi|jose|oidc-provider)/)'],
  globalSetup: '../../libs/api/testing/src/global-setup.cjs',
  globalTeardown: '../../libs/api/testing/src/global-teardown.cjs',
  testTimeout: 60000,
  maxWorkers: 1,
  // The real time: the API's clock is pinned through WK_TODAY instead, and sessions expire on the database's time.
  fakeTimers: { enableGlobally: false },
};
