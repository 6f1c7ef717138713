// Shared Jest settings: SWC compiles TypeScript with decorator metadata (NestJS needs it), and the
// workspace libraries resolve to their sources so tests never depend on a stale build.
const path = require('node:path');

module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j|mj)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleNameMapper: {
    '^@stardesk/domain$': path.join(__dirname, 'libs/domain/src/index.ts'),
    '^@stardesk/database$': path.join(__dirname, 'libs/database/src/index.ts'),
  },
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
};
