import type { Core } from '@strapi/strapi';

import { readLogSettings } from '../src/lib/ops/log-format';
import { readPublicUrl } from '../src/lib/public-url';
import { assertProductionSecrets } from '../src/lib/secrets';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => {
  assertProductionSecrets(env);
  const prettyLogs = readLogSettings(env).format === 'pretty';

  return {
    host: env('HOST', '0.0.0.0'),
    port: env.int('PORT', 1337),
    url: readPublicUrl(env),
    // Behind a load balancer the client IP and protocol come from X-Forwarded-* headers. Only the
    // last TRUST_PROXY_HOPS addresses are believed: earlier ones are whatever the client wrote.
    proxy: { koa: env.bool('TRUST_PROXY', false), maxIpsCount: env.int('TRUST_PROXY_HOPS', 1) },
    app: {
      keys: env.array('APP_KEYS', []),
    },
    // Strapi's start-up banner and update notice are console text: among JSON log lines they would
    // break every line-based log collector.
    logger: {
      startup: { enabled: prettyLogs },
      updates: { enabled: prettyLogs },
    },
    webhooks: {
      populateRelations: env.bool('WEBHOOKS_POPULATE_RELATIONS', false),
    },
  };
};

export default config;
