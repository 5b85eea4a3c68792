/**
 * Browser tests of the built task pane (run after `npm run build`):
 *   npx jest --config jest.e2e.config.js
 * Debian's /usr/bin/chromium through playwright-core; dist/ served on 127.0.0.1.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  // The pane's tests (over dist/) and the WPS add-in's (each builds dist-wps into a temp dir).
  testMatch: ['**/*.e2e.test.ts', '**/wps-*.test.ts'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  testTimeout: 120000,
  maxWorkers: 1,
};
