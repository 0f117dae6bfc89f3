import type { Core } from '@strapi/strapi';

/** Member imports: how many may run at once in one app process (each holds a file of up to IMPORT_MAX_SIZE). */
const config = ({ env }: Core.Config.Shared.ConfigParams) => ({
  maxConcurrent: Math.max(1, env.int('IMPORT_MAX_CONCURRENT', 2)),
});

export default config;
