/**
 * Browser tests of the admin panel (`npm run test:e2e`): the built app, served on a free port with
 * the admin panel, driven by playwright-core in Debian's Chromium.
 * @type {import('jest').Config}
 */
module.exports = {
  rootDir: '../..',
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } } }],
  },
  transformIgnorePatterns: ['/node_modules/', '<rootDir>/dist/', '/src/plugins/[^/]+/dist/'],
  testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
  setupFiles: ['<rootDir>/tests/e2e/helpers/e2e-env.js'],
  globalSetup: '<rootDir>/tests/helpers/global-setup.js',
  globalTeardown: '<rootDir>/tests/helpers/global-teardown.js',
  testTimeout: 240000,
};
