const angular = require('../../../../jest.angular.cjs');

module.exports = {
  displayName: 'web-auth-feature',
  preset: '../../../../jest.preset.js',
  ...angular,
  coverageDirectory: '../../../../coverage/libs/web/auth/feature',
};
