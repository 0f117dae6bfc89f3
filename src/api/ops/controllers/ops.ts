import type { Context } from 'koa';

import { getAppService } from '../../../lib/services';

const HEALTH_JSON = 'application/health+json';

/** Probes must always see the current state, never a cached copy on the way. */
const noStore = (ctx: Context) => ctx.set('Cache-Control', 'no-store');

export default {
  /**
   * GET /health: each dependency's state; 503 when the database is down. A client that asks for
   * application/health+json (and prefers it to plain JSON) gets the IETF health-check draft's shape.
   */
  async health(ctx: Context) {
    const health = getAppService('api::ops.health');
    noStore(ctx);
    if (ctx.accepts('application/json', HEALTH_JSON) === HEALTH_JSON) {
      const document = await health.healthCheckDocument();
      ctx.status = document.status === 'fail' ? 503 : 200;
      // Koa types every object body as application/json: the header is set first and the body sent as text.
      ctx.set('Content-Type', `${HEALTH_JSON}; charset=utf-8`);
      ctx.body = JSON.stringify(document);
      return;
    }
    const report = await health.report();
    ctx.status = report.status === 'down' ? 503 : 200;
    ctx.body = report;
  },

  /** GET /healthz: the process answers (liveness); touches no dependency. */
  async liveness(ctx: Context) {
    noStore(ctx);
    ctx.body = { status: 'ok' };
  },

  /** GET /ready: the database answers and migrations have run (readiness); 503 otherwise. */
  async readiness(ctx: Context) {
    const readiness = await getAppService('api::ops.health').readiness();
    noStore(ctx);
    ctx.status = readiness.ready ? 200 : 503;
    ctx.body = { status: readiness.ready ? 'ready' : 'not_ready', database: readiness.database, migrations: readiness.migrations };
  },

  /** GET /metrics: Prometheus text format, for `Authorization: Bearer <METRICS_TOKEN>` only. */
  async metrics(ctx: Context) {
    const metrics = getAppService('api::ops.metrics');
    metrics.authorize(ctx.get('Authorization') || undefined);
    const { contentType, body } = await metrics.render();
    noStore(ctx);
    ctx.type = contentType;
    ctx.body = body;
  },
};
