'use strict';

// Fixed secrets for the test server only; they protect nothing outside a test run.
const TEST_SECRETS = {
  APP_KEYS: 'e2e-key-a,e2e-key-b',
  API_TOKEN_SALT: 'e2e-api-token-salt',
  ADMIN_JWT_SECRET: 'e2e-admin-jwt-secret',
  JWT_SECRET: 'e2e-jwt-secret',
  TRANSFER_TOKEN_SALT: 'e2e-transfer-token-salt',
  ENCRYPTION_KEY: 'e2e-encryption-key',
};

process.env.NODE_ENV = 'test';
for (const [name, value] of Object.entries(TEST_SECRETS)) process.env[name] ??= value;
// The point of these tests: the built admin panel, served by the app itself.
process.env.SERVE_ADMIN_PANEL = 'true';
process.env.STRAPI_TELEMETRY_DISABLED = 'true';
process.env.DEMO_DATA = 'false';
process.env.HOST = '127.0.0.1';
process.env.RATE_LIMIT_GLOBAL_PER_HOUR ??= '100000';
process.env.RATE_LIMIT_SEARCH_PER_HOUR ??= '100000';
