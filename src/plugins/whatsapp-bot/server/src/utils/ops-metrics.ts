/**
 * What the bot reports to the host app's metrics (GET /metrics): the app provides the
 * `api::ops.metrics` service; without it (the plugin elsewhere, unit tests) nothing is recorded.
 */
export type OpsMetrics = {
  recordWebhook(source: string, outcome: string): void;
  registerQueueStats(queue: string, read: () => Promise<{ depth: number; failed: number }>): () => void;
};

export const opsMetrics = (): OpsMetrics | undefined =>
  (globalThis as { strapi?: { service(uid: string): unknown } }).strapi?.service('api::ops.metrics') as OpsMetrics | undefined;
