'use strict';

// Fixed secrets for the test server only; they protect nothing outside a test run.
const TEST_SECRETS = {
  APP_KEYS: 'test-key-a,test-key-b',
  API_TOKEN_SALT: 'test-api-token-salt',
  ADMIN_JWT_SECRET: 'test-admin-jwt-secret',
  JWT_SECRET: 'test-jwt-secret',
  TRANSFER_TOKEN_SALT: 'test-transfer-token-salt',
  ENCRYPTION_KEY: 'test-encryption-key',
};

process.env.NODE_ENV = 'test';
for (const [name, value] of Object.entries(TEST_SECRETS)) process.env[name] ??= value;
process.env.SERVE_ADMIN_PANEL = 'false';
process.env.STRAPI_TELEMETRY_DISABLED = 'true';
process.env.DEMO_DATA = 'false';
// Suites share 127.0.0.1 for an hour's worth of requests; tests/api-security.test.ts sets real limits.
process.env.RATE_LIMIT_GLOBAL_PER_HOUR ??= '100000';
process.env.RATE_LIMIT_SEARCH_PER_HOUR ??= '100000';
