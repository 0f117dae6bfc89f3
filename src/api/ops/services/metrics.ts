import { createHash, timingSafeEqual } from 'node:crypto';

import { ForbiddenError } from '@community-connect/kit';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import {
  observeEmbedding,
  observeLlmCall,
  observeSearch,
  recordOtpDelivery,
  recordQuotaRejection,
  recordWebhook,
  registerQueueStats,
  renderMetrics,
} from '../../../lib/ops/metrics';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * The metrics recorders for code that cannot import the app's modules (the plugins reach them
 * as `strapi.service('api::ops.metrics')`), and the bearer-token check of GET /metrics.
 */
const metricsService = ({ strapi }: { strapi: Core.Strapi }) => ({
  observeSearch,
  observeLlmCall,
  observeEmbedding,
  recordWebhook,
  recordOtpDelivery,
  recordQuotaRejection,
  registerQueueStats,

  /**
   * Lets the scrape through only with `Authorization: Bearer <METRICS_TOKEN>`. Without a configured
   * token nobody gets in (403); a missing or wrong token is a 401. Digests of equal length are
   * compared in constant time, so the answer time says nothing about the token.
   */
  authorize(authorization: string | undefined) {
    const token = strapi.config.get('ops.metricsToken') as string | undefined;
    if (!token) throw new ForbiddenError('Metrics are disabled: set METRICS_TOKEN to enable /metrics');
    const presented = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
    if (!presented || !timingSafeEqual(digest(presented), digest(token))) {
      throw new errors.UnauthorizedError('A valid metrics token is required (Authorization: Bearer <METRICS_TOKEN>)');
    }
  },

  render: renderMetrics,
});

export type MetricsService = ReturnType<typeof metricsService>;

export default metricsService;
