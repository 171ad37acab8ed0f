const swc = require('../../jest.swc.cjs');

module.exports = {
  displayName: 'api',
  preset: '../../jest.preset.js',
  ...swc,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  coverageDirectory: '../../coverage/apps/api',
};
