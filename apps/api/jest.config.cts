const swc = require('../../jest.swc.cjs');

module.exports = {
  displayName: 'api',
  preset: '../../jest.preset.js',
  ...swc,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  // ESM-only packages (the OpenID Connect client) are compiled to CommonJS like the code, as in jest.int.config.cts.
  transformIgnorePatterns: ['/node_modules/(?!(openid-client|oauth4webapi|jose|oidc-provider)/)'],
  coverageDirectory: '../../coverage/apps/api',
};
