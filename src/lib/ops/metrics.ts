import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The app's Prometheus metrics, in one registry served at GET /metrics. Label values are always
 * from small fixed sets (route templates, parser names, outcomes), never ids or raw URLs, so the
 * number of series stays bounded. Code outside the app (the plugins) records through the
 * `api::ops.metrics` service, which hands out the helpers below.
 */
export const registry = new Registry();

const PREFIX = 'community_connect_';

/** Seconds; from a 5 ms cache hit to a 10 s timeout. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export const httpRequestDuration = new Histogram({
  name: `${PREFIX}http_request_duration_seconds`,
  help: 'HTTP requests by matched route template, method and status',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [registry],
});

export const searchDuration = new Histogram({
  name: `${PREFIX}search_duration_seconds`,
  help: 'Member searches by query parser and channel',
  labelNames: ['parser', 'channel'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [registry],
});

export const searchResults = new Histogram({
  name: `${PREFIX}search_results`,
  help: 'Members matched per search, by query parser and channel',
  labelNames: ['parser', 'channel'] as const,
  buckets: [0, 1, 3, 10, 30, 100, 300, 1000, 10000],
  registers: [registry],
});

export const llmRequestDuration = new Histogram({
  name: `${PREFIX}llm_request_duration_seconds`,
  help: 'Calls to the LLM (OpenAI-compatible chat completions) by purpose and outcome',
  labelNames: ['purpose', 'outcome'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [registry],
});

export const llmFailures = new Counter({
  name: `${PREFIX}llm_failures_total`,
  help: 'LLM calls that failed (the rules parser answered instead), by purpose and reason',
  labelNames: ['purpose', 'reason'] as const,
  registers: [registry],
});

export const embeddingDuration = new Histogram({
  name: `${PREFIX}embedding_duration_seconds`,
  help: 'Embedding requests (one batch of texts) by provider and outcome',
  labelNames: ['provider', 'outcome'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [registry],
});

export const webhookRequests = new Counter({
  name: `${PREFIX}webhook_requests_total`,
  help: 'Incoming webhooks (WhatsApp, Stripe) by source and outcome',
  labelNames: ['source', 'outcome'] as const,
  registers: [registry],
});

export const otpDeliveries = new Counter({
  name: `${PREFIX}otp_deliveries_total`,
  help: 'Login codes handed to the SMS provider, by provider and outcome (sent or failed)',
  labelNames: ['provider', 'outcome'] as const,
  registers: [registry],
});

export const quotaRejections = new Counter({
  name: `${PREFIX}quota_rejections_total`,
  help: 'Requests refused because a community reached a plan limit, by quota',
  labelNames: ['quota'] as const,
  registers: [registry],
});

export type QueueStats = { depth: number; failed: number };
type QueueStatsReader = () => Promise<QueueStats> | QueueStats;

const queueReaders = new Map<string, QueueStatsReader>();
const QUEUE_READ_TIMEOUT_MS = 1000;

const withTimeout = <T>(work: Promise<T>, ms: number): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      }
    );
  });

/** Reads every registered queue once per scrape; a queue that cannot answer drops out of this scrape. */
const readQueues = async () => {
  const results = await Promise.all(
    [...queueReaders].map(async ([queue, read]) => {
      try {
        return { queue, stats: await withTimeout(Promise.resolve(read()), QUEUE_READ_TIMEOUT_MS) };
      } catch {
        return { queue, stats: null };
      }
    })
  );
  return results;
};

let pendingQueueRead: Promise<Awaited<ReturnType<typeof readQueues>>> | null = null;
/**
 * Both queue gauges are collected in one scrape (prom-client starts every collect at once): they
 * share the read in flight; the next scrape reads again.
 */
const sharedQueueRead = () => {
  pendingQueueRead ??= readQueues().finally(() => {
    pendingQueueRead = null;
  });
  return pendingQueueRead;
};

export const queueDepth = new Gauge({
  name: `${PREFIX}queue_depth`,
  help: 'Jobs waiting in each background queue',
  labelNames: ['queue'] as const,
  registers: [registry],
  async collect() {
    this.reset();
    for (const { queue, stats } of await sharedQueueRead()) if (stats) this.set({ queue }, stats.depth);
  },
});

export const queueFailedJobs = new Gauge({
  name: `${PREFIX}queue_failed_jobs`,
  help: 'Jobs in each background queue that failed for good (after their retries)',
  labelNames: ['queue'] as const,
  registers: [registry],
  async collect() {
    this.reset();
    for (const { queue, stats } of await sharedQueueRead()) if (stats) this.set({ queue }, stats.failed);
  },
});

const LABEL_VALUE = /[^a-z0-9_:/.{}-]+/g;

/** Keeps a label value short and plain, whatever a caller passes. */
export const labelValue = (value: unknown, fallback = 'unknown'): string => {
  const text = String(value ?? '').trim().toLowerCase().replace(LABEL_VALUE, '_').slice(0, 64);
  return text === '' ? fallback : text;
};

const seconds = (durationMs: number) => Math.max(0, durationMs) / 1000;

export const observeHttpRequest = ({ method, route, status, durationMs }: { method: string; route: string; status: number; durationMs: number }) => {
  httpRequestDuration.observe({ method: labelValue(method), route, status: String(status) }, seconds(durationMs));
};

export const observeSearch = ({ parser, channel, durationMs, results }: { parser: string; channel: string; durationMs: number; results: number }) => {
  const labels = { parser: labelValue(parser), channel: labelValue(channel) };
  searchDuration.observe(labels, seconds(durationMs));
  searchResults.observe(labels, Math.max(0, results));
};

export type LlmCall = {
  /** What the LLM was asked for, e.g. `search_query` or `profile_update`. */
  purpose: string;
  durationMs: number;
  outcome: 'success' | 'failure';
  /** For failures: `timeout`, `error` or `invalid_output`. */
  reason?: 'timeout' | 'error' | 'invalid_output';
};

export const observeLlmCall = ({ purpose, durationMs, outcome, reason }: LlmCall) => {
  llmRequestDuration.observe({ purpose: labelValue(purpose), outcome }, seconds(durationMs));
  if (outcome === 'failure') llmFailures.inc({ purpose: labelValue(purpose), reason: reason ?? 'error' });
};

export const observeEmbedding = ({ provider, durationMs, outcome }: { provider: string; durationMs: number; outcome: 'success' | 'failure' }) => {
  embeddingDuration.observe({ provider: labelValue(provider), outcome }, seconds(durationMs));
};

/** For the WhatsApp and billing webhooks: `recordWebhook('whatsapp', 'accepted' | 'rejected' | 'duplicate' | 'failed')`. */
export const recordWebhook = (source: string, outcome: string) => {
  webhookRequests.inc({ source: labelValue(source), outcome: labelValue(outcome) });
};

export const recordOtpDelivery = (provider: string, outcome: 'sent' | 'failed') => {
  otpDeliveries.inc({ provider: labelValue(provider), outcome });
};

export const recordQuotaRejection = (quota: string) => {
  quotaRejections.inc({ quota: labelValue(quota) });
};

/**
 * Lets a background queue report its depth and failed jobs at each scrape. Registering a name
 * again replaces its reader; the returned function removes it (on shutdown).
 */
export const registerQueueStats = (queue: string, read: QueueStatsReader): (() => void) => {
  const name = labelValue(queue);
  queueReaders.set(name, read);
  return () => {
    if (queueReaders.get(name) === read) queueReaders.delete(name);
  };
};

let processMetricsEnabled = false;
/** CPU, memory, event-loop lag, GC and handles of this process (once per process). */
export const enableProcessMetrics = () => {
  if (processMetricsEnabled) return;
  processMetricsEnabled = true;
  collectDefaultMetrics({ register: registry });
};

export const renderMetrics = async (): Promise<{ contentType: string; body: string }> => ({
  contentType: registry.contentType,
  body: await registry.metrics(),
});
