import type { Core } from '@strapi/strapi';

import { createLoggerOptions, readLogSettings } from '../src/lib/ops/log-format';

/**
 * Strapi's winston logger: JSON lines in production (or LOG_FORMAT=json), readable lines
 * otherwise, LOG_LEVEL, optional daily files (LOG_FILE_DIR, LOG_FILE_MAX_DAYS). Every line carries
 * the current request's id and is redacted (secrets, login codes, phone numbers, e-mails, bodies).
 */
const config = ({ env }: Core.Config.Shared.ConfigParams) => createLoggerOptions(readLogSettings(env));

export default config;
