const swc = require('../../../jest.swc.cjs');

module.exports = {
  displayName: 'shared-util',
  preset: '../../../jest.preset.js',
  ...swc,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
