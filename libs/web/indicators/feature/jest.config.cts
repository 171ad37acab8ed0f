const angular = require('../../../../jest.angular.cjs');

module.exports = {
  displayName: 'web-indicators-feature',
  preset: '../../../../jest.preset.js',
  ...angular,
  coverageDirectory: '../../../../coverage/libs/web/indicators/feature',
};
