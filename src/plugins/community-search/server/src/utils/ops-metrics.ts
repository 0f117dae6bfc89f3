/**
 * What the plugin reports to the host app's metrics (GET /metrics): the app provides the
 * `api::ops.metrics` service; without it (the plugin elsewhere, unit tests) nothing is recorded.
 */
export type OpsMetrics = {
  observeSearch(sample: { parser: string; channel: string; durationMs: number; results: number }): void;
  observeLlmCall(sample: {
    purpose: string;
    durationMs: number;
    outcome: 'success' | 'failure';
    reason?: 'timeout' | 'error' | 'invalid_output';
  }): void;
  observeEmbedding(sample: { provider: string; durationMs: number; outcome: 'success' | 'failure' }): void;
};

export const opsMetrics = (): OpsMetrics | undefined =>
  (globalThis as { strapi?: { service(uid: string): unknown } }).strapi?.service('api::ops.metrics') as OpsMetrics | undefined;
