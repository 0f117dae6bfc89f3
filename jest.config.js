/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } } }],
  },
  // Strapi loads the compiled app and plugins from dist/ at run time: run them as they are.
  transformIgnorePatterns: ['/node_modules/', '<rootDir>/dist/', '/src/plugins/[^/]+/dist/'],
  testMatch: ['<rootDir>/tests/**/*.test.ts', '<rootDir>/src/**/__tests__/**/*.test.ts'],
  // Browser tests run on their own (npm run test:e2e, tests/e2e/jest.config.js).
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/dist/', '/src/plugins/[^/]+/dist/', '<rootDir>/.tmp/', '<rootDir>/tests/e2e/'],
  setupFiles: ['<rootDir>/tests/helpers/test-env.js'],
  globalSetup: '<rootDir>/tests/helpers/global-setup.js',
  globalTeardown: '<rootDir>/tests/helpers/global-teardown.js',
  testTimeout: 120000,
};
