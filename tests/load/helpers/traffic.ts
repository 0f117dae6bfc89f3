import { randomBytes } from 'node:crypto';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as (options: Record<string, unknown>, done: (error: Error | null, result: AutocannonResult) => void) => AutocannonInstance;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const twilio = require('twilio') as { getExpectedTwilioSignature(authToken: string, url: string, params: Record<string, string>): string };

type AutocannonResult = { requests: { total: number; average: number }; errors: number; timeouts: number; non2xx: number; duration: number };
type AutocannonInstance = { on(event: 'response', listener: (client: unknown, status: number, bytes: number, responseTime: number) => void): void };
type Context = Record<string, string>;
type RequestSpec = {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (request: RequestSpec, context: Context) => RequestSpec;
  onResponse?: (status: number, body: string, context: Context) => void;
};

export type TrafficReport = {
  name: string;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  statuses: Record<string, number>;
  non2xx: number;
  /** connection errors and timeouts (the server never answered) */
  socketErrors: number;
  timeouts: number;
  /** error answers that were not a clean Strapi error envelope, or leaked a stack trace */
  uncleanErrors: string[];
};

const percentile = (sorted: number[], p: number) => (sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]);

const STACK_TRACE = /\n\s+at\s|node_modules|\.(?:js|ts):\d+:\d+/;

/** An error answer is clean when it is Strapi's envelope with a message and no stack trace. */
export const cleanErrorProblem = (status: number, body: string): string | null => {
  if (STACK_TRACE.test(body)) return `${status}: stack trace in ${body.slice(0, 300)}`;
  try {
    const parsed = JSON.parse(body) as { data?: unknown; error?: { status?: number; message?: unknown } };
    if (parsed.data !== null || parsed.error?.status !== status || typeof parsed.error.message !== 'string' || parsed.error.message === '') {
      return `${status}: not an error envelope: ${body.slice(0, 300)}`;
    }
    return null;
  } catch {
    return `${status}: not JSON: ${body.slice(0, 300)}`;
  }
};

/** Runs one autocannon scenario against every URL (connections spread over them). */
export const runTraffic = (
  name: string,
  {
    urls,
    connections,
    durationSeconds,
    requests,
    overallRate,
  }: { urls: string[]; connections: number; durationSeconds: number; requests: RequestSpec[]; overallRate?: number }
): Promise<TrafficReport> =>
  new Promise((resolve, reject) => {
    const latencies: number[] = [];
    const statuses: Record<string, number> = {};
    const uncleanErrors: string[] = [];
    const checked = requests.map((request) => ({
      ...request,
      onResponse: (status: number, body: string, context: Context) => {
        if (status >= 400) {
          const problem = cleanErrorProblem(status, body);
          if (problem && uncleanErrors.length < 20) uncleanErrors.push(`${request.method} ${request.path} → ${problem}`);
        }
        request.onResponse?.(status, body, context);
      },
    }));
    const instance = autocannon(
      {
        url: urls.length === 1 ? urls[0] : urls,
        connections,
        duration: durationSeconds,
        timeout: 15,
        requests: checked,
        ...(overallRate ? { overallRate } : {}),
      },
      (error, result) => {
        if (error) return reject(error);
        latencies.sort((a, b) => a - b);
        resolve({
          name,
          requests: latencies.length,
          requestsPerSecond: Math.round((latencies.length / Math.max(result.duration, 0.001)) * 10) / 10,
          p50: percentile(latencies, 50),
          p95: percentile(latencies, 95),
          p99: percentile(latencies, 99),
          max: latencies.at(-1) ?? 0,
          statuses,
          non2xx: result.non2xx,
          socketErrors: result.errors,
          timeouts: result.timeouts,
          uncleanErrors,
        });
      }
    );
    instance.on('response', (_client, status, _bytes, responseTime) => {
      latencies.push(responseTime);
      statuses[status] = (statuses[status] ?? 0) + 1;
    });
  });

// ---------------------------------------------------------------------------------------------
// The three request mixes

const QUERIES = [
  'chartered accountants in Chennai',
  'AI experts',
  'who runs a factory in Coimbatore',
  'doctors',
  'python developers in Bengaluru',
  'batch of 98',
  'someone who can audit my accounts',
  'lawyers in Mumbai',
];

export type LoadFixtures = {
  community: { id: number; slug: string; whatsappNumber: string };
  quotaCommunity: { slug: string; searchLimitPerMonth: number };
  token: string;
  senders: string[];
  queueSenders: string[];
  loginPhones: string[];
};

export const searchRequests = (fixtures: LoadFixtures): RequestSpec[] =>
  QUERIES.map((q) => ({
    method: 'GET',
    path: `/api/community-search/search?q=${encodeURIComponent(q)}&pageSize=10`,
    headers: { Authorization: `Bearer ${fixtures.token}`, 'X-Community': fixtures.community.slug },
  }));

export const memberRequests = (fixtures: LoadFixtures, memberJwt: string): RequestSpec[] => [
  { method: 'GET', path: '/api/members?pagination[pageSize]=20&sort=name:asc', headers: { Authorization: `Bearer ${fixtures.token}`, 'X-Community': fixtures.community.slug } },
  { method: 'GET', path: '/api/members/me', headers: { Authorization: `Bearer ${memberJwt}` } },
  { method: 'GET', path: '/api/members?filters[city][$eq]=Chennai&pagination[pageSize]=10', headers: { Authorization: `Bearer ${memberJwt}` } },
];

const WEBHOOK_PATH = '/api/whatsapp-bot/webhook';
const TEXTS = ['help', 'accountants in Chennai', 'more', 'doctors in Pune', 'hi'];

export type Twilio = { accountSid: string; authToken: string; publicUrl: string };

export const newMessageSid = () => `SM${randomBytes(16).toString('hex')}`;

/** Form fields of one inbound WhatsApp message and their Twilio signature. */
export const signedInbound = (twilioAccount: Twilio, fixtures: LoadFixtures, from: string, body: string, messageSid = newMessageSid()) => {
  const params = {
    MessageSid: messageSid,
    AccountSid: twilioAccount.accountSid,
    From: `whatsapp:${from}`,
    To: `whatsapp:${fixtures.community.whatsappNumber}`,
    Body: body,
    NumMedia: '0',
  };
  return {
    params,
    body: new URLSearchParams(params).toString(),
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      'X-Twilio-Signature': twilio.getExpectedTwilioSignature(twilioAccount.authToken, `${twilioAccount.publicUrl}${WEBHOOK_PATH}`, params),
    },
  };
};

/** Signed inbound messages from the community's members; every MessageSid answered 200 lands in `accepted`. */
export const webhookRequests = (twilioAccount: Twilio, fixtures: LoadFixtures, accepted: Set<string>): RequestSpec[] => {
  let index = 0;
  return [
    {
      method: 'POST',
      path: WEBHOOK_PATH,
      setupRequest: (request, context) => {
        const sender = fixtures.senders[index % fixtures.senders.length];
        const text = TEXTS[index % TEXTS.length];
        index += 1;
        const signed = signedInbound(twilioAccount, fixtures, sender, text);
        context.sid = signed.params.MessageSid;
        return { ...request, body: signed.body, headers: signed.headers };
      },
      onResponse: (status, _body, context) => {
        if (status === 200 && context.sid) accepted.add(context.sid);
      },
    },
  ];
};

export const postWebhook = async (url: string, twilioAccount: Twilio, fixtures: LoadFixtures, from: string, text: string, messageSid?: string) => {
  const signed = signedInbound(twilioAccount, fixtures, from, text, messageSid);
  const response = await fetch(`${url}${WEBHOOK_PATH}`, { method: 'POST', headers: signed.headers, body: signed.body });
  await response.arrayBuffer();
  return { status: response.status, sid: signed.params.MessageSid };
};

export const formatReport = (report: TrafficReport) =>
  `${report.name.padEnd(28)} ${String(report.requests).padStart(7)} req ${String(report.requestsPerSecond).padStart(8)} req/s  p50 ${report.p50} ms  p95 ${report.p95} ms  p99 ${report.p99} ms  max ${report.max} ms  statuses ${JSON.stringify(report.statuses)}  socket errors ${report.socketErrors}  timeouts ${report.timeouts}`;
