// @ts-check
'use strict';

const crypto = require('node:crypto');
const fs = require('node:fs');

const randomSecret = () => crypto.randomBytes(16).toString('base64');

/** Strapi's own secrets, and how a fresh development value for each is made. */
const SECRET_FACTORIES = {
  APP_KEYS: () => [randomSecret(), randomSecret(), randomSecret(), randomSecret()].join(','),
  API_TOKEN_SALT: randomSecret,
  ADMIN_JWT_SECRET: randomSecret,
  JWT_SECRET: randomSecret,
  TRANSFER_TOKEN_SALT: randomSecret,
  ENCRYPTION_KEY: randomSecret,
};

/**
 * Development convenience: generate any missing Strapi secret into `.env` so a fresh clone runs
 * with `npm run dev`, and keep it there so sessions and tokens survive restarts.
 * @param {string} envFile
 * @returns {string[]} the names that were generated
 */
const ensureDevelopmentSecrets = (envFile) => {
  const missing = Object.keys(SECRET_FACTORIES).filter((name) => !process.env[name]);
  if (missing.length === 0) return [];

  const lines = missing.map((name) => {
    const value = SECRET_FACTORIES[/** @type {keyof typeof SECRET_FACTORIES} */ (name)]();
    process.env[name] = value;
    return `${name}=${value}`;
  });
  const existing = fs.existsSync(envFile) ? fs.readFileSync(envFile, 'utf8') : '';
  const separator = existing === '' || existing.endsWith('\n') ? '' : '\n';
  fs.writeFileSync(
    envFile,
    `${existing}${separator}# Generated for development by scripts/ops/run.js\n${lines.join('\n')}\n`,
    { mode: 0o600 }
  );
  return missing;
};

module.exports = { ensureDevelopmentSecrets, SECRET_NAMES: Object.keys(SECRET_FACTORIES) };
