const angular = require('../../../../jest.angular.cjs');

module.exports = {
  displayName: 'web-plans-data-access',
  preset: '../../../../jest.preset.js',
  ...angular,
  coverageDirectory: '../../../../coverage/libs/web/plans/data-access',
};
