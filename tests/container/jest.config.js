/**
 * Container tests (npm run test:container): the production image and docker-compose.yml, built
 * and run by a Docker engine. Not part of npm test; scripts/ci/test-container.js prepares the engine
 * and the base images first. Same transform as the load tests.
 * @type {import('jest').Config}
 */
module.exports = {
  ...require('../load/jest.config.js'),
  testMatch: ['<rootDir>/tests/container/**/*.test.ts'],
  testTimeout: 300000,
};
