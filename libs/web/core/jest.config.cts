const angular = require('../../../jest.angular.cjs');

module.exports = {
  displayName: 'web-core',
  preset: '../../../jest.preset.js',
  ...angular,
  coverageDirectory: '../../../coverage/libs/web/core',
};
