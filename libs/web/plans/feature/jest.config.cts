const angular = require('../../../../jest.angular.cjs');

module.exports = {
  displayName: 'web-plans-feature',
  preset: '../../../../jest.preset.js',
  ...angular,
  coverageDirectory: '../../../../coverage/libs/web/plans/feature',
};
