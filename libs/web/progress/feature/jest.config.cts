const angular = require('../../../../jest.angular.cjs');

module.exports = {
  displayName: 'web-progress-feature',
  preset: '../../../../jest.preset.js',
  ...angular,
  coverageDirectory: '../../../../coverage/libs/web/progress/feature',
};
