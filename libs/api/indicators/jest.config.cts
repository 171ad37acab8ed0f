const swc = require('../../../jest.swc.cjs');

module.exports = {
  displayName: 'api-indicators',
  preset: '../../../jest.preset.js',
  ...swc,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
