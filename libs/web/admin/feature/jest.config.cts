const angular = require('../../../../jest.angular.cjs');

module.exports = {
  displayName: 'web-admin-feature',
  preset: '../../../../jest.preset.js',
  ...angular,
  coverageDirectory: '../../../../coverage/libs/web/admin/feature',
};
