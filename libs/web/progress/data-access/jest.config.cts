const angular = require('../../../../jest.angular.cjs');

module.exports = {
  displayName: 'web-progress-data-access',
  preset: '../../../../jest.preset.js',
  ...angular,
  coverageDirectory: '../../../../coverage/libs/web/progress/data-access',
};
