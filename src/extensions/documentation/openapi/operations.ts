import { errorResponses, ok, operation, schemaRef, SECURITY, type Json, type Paths } from './helpers';

const tags = ['Operations'];

/** These live at the server's root, not under /api: each path names its own server. */
export const operationsPaths = (origin: string): Paths => {
  const root = (get: Json) => ({ servers: [{ url: origin, description: 'server root' }], get });
  return {
    '/health': root(
      operation({
        tags,
        operationId: 'health',
        summary: 'Each dependency: database, redis, llm, queue',
        description: 'Each component is connected, degraded, down or disabled. 503 when the database is down. No authentication, no rate limit.',
        security: SECURITY.none,
        responses: { '200': ok('Up (possibly degraded)', schemaRef('HealthReport')), '503': ok('The database is down', schemaRef('HealthReport')) },
      })
    ),
    '/healthz': root(
      operation({
        tags,
        operationId: 'liveness',
        summary: 'Liveness: the process answers (touches no dependency)',
        security: SECURITY.none,
        responses: { '200': ok('Alive', { type: 'object', properties: { status: { type: 'string', enum: ['ok'] } } }) },
      })
    ),
    '/ready': root(
      operation({
        tags,
        operationId: 'readiness',
        summary: 'Readiness: database reachable and migrations applied',
        security: SECURITY.none,
        responses: (() => {
          const schema = {
            type: 'object',
            properties: {
              status: { type: 'string', enum: ['ready', 'not_ready'] },
              database: { type: 'string', enum: ['connected', 'degraded', 'down', 'disabled'] },
              migrations: { type: 'string', enum: ['applied', 'pending', 'unknown'] },
            },
          };
          return { '200': ok('Ready', schema), '503': ok('Not ready', schema) };
        })(),
      })
    ),
    '/metrics': root(
      operation({
        tags,
        operationId: 'metrics',
        summary: 'Prometheus metrics (Authorization: Bearer $METRICS_TOKEN)',
        description: 'HTTP durations by route and status, search, LLM and embedding latency, OTP deliveries, quota rejections, webhooks by outcome, queue depth and failed jobs, process metrics. Refused for everyone while METRICS_TOKEN is unset (403).',
        security: SECURITY.metrics,
        responses: { '200': { description: 'Prometheus text format', content: { 'text/plain': { schema: { type: 'string' } } } }, ...errorResponses(401, 403) },
      })
    ),
  };
};
