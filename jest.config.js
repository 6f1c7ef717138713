// Unit tests of pure logic: no database, no network. `npm run test:unit`.
const preset = require('./jest.preset');

module.exports = {
  ...preset,
  displayName: 'unit',
  testMatch: ['<rootDir>/libs/*/src/**/*.spec.ts', '<rootDir>/apps/{api,cli}/src/**/*.spec.ts', '<rootDir>/tools/bench/**/*.spec.mjs'],
};
