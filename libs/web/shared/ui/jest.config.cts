const angular = require('../../../../jest.angular.cjs');

module.exports = {
  displayName: 'web-shared-ui',
  preset: '../../../../jest.preset.js',
  ...angular,
  coverageDirectory: '../../../../coverage/libs/web/shared/ui',
};
