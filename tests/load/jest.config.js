/**
 * Load and fault tests (npm run test:load): their own suite, not part of npm test. They start a
 * throwaway PostgreSQL and Redis, two app processes and a fake Twilio, then drive traffic with
 * autocannon. Sizes come from LOAD_* variables (tests/load/helpers/settings.ts).
 * @type {import('jest').Config}
 */
module.exports = {
  rootDir: '../..',
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } } }],
  },
  transformIgnorePatterns: ['/node_modules/', '<rootDir>/dist/'],
  testMatch: ['<rootDir>/tests/load/**/*.test.ts'],
  testTimeout: 900000,
};
