import type { Context } from 'koa';

import { getAppService } from '../../../lib/services';

/** Probes must always see the current state, never a cached copy on the way. */
const noStore = (ctx: Context) => ctx.set('Cache-Control', 'no-store');

export default {
  /** GET /health: each dependency's state; 503 when the database is down. */
  async health(ctx: Context) {
    const report = await getAppService('api::ops.health').report();
    noStore(ctx);
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
