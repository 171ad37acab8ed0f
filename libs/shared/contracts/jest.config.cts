const swc = require('../../../jest.swc.cjs');

module.exports = {
  displayName: 'shared-contracts',
  preset: '../../../jest.preset.js',
  ...swc,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
