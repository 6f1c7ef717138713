// Tests against real components: one embedded PostgreSQL per run (a database per test file), real
// HTTP servers, real child processes and Debian's Chromium. `npm run test:integration`.
const preset = require('./jest.preset');

module.exports = {
  ...preset,
  displayName: 'integration',
  testMatch: ['<rootDir>/**/*.integration-spec.ts', '<rootDir>/apps/web/e2e/**/*.e2e.ts'],
  globalSetup: '<rootDir>/tools/testing/global-setup.mjs',
  globalTeardown: '<rootDir>/tools/testing/global-teardown.mjs',
  // Two cores: two workers keep both busy without starving PostgreSQL and Chromium.
  maxWorkers: 2,
  testTimeout: 60_000,
};
