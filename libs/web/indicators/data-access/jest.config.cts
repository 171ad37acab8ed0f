const angular = require('../../../../jest.angular.cjs');

module.exports = {
  displayName: 'web-indicators-data-access',
  preset: '../../../../jest.preset.js',
  ...angular,
  coverageDirectory: '../../../../coverage/libs/web/indicators/data-access',
};
