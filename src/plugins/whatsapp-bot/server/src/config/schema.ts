import { z } from 'zod';

const positiveInt = z.number().int().positive();

export const configSchema = z.strictObject({
  // Twilio signs the exact public URL it called, so it must be the externally visible origin.
  publicUrl: z.url({ protocol: /^https?$/ }),
  /**
   * PUBLIC_URL is unset (development only): the webhook URLs shown to admins use the origin the
   * admin reached the app at rather than publicUrl's localhost guess.
   */
  publicUrlFromRequest: z.boolean(),
  twilioAccountSid: z.string().regex(/^AC[0-9a-fA-F]{32}$/, 'must look like AC followed by 32 hex digits').optional(),
  twilioAuthToken: z.string().min(1).optional(),
  /** Replaces https://*.twilio.com (TWILIO_API_BASE_URL): a local fake in tests and the simulator. */
  twilioApiBaseUrl: z.url({ protocol: /^https?$/ }).optional(),
  /** Redis for the BullMQ queues; without it jobs run in this process. */
  redisUrl: z.string().min(1).optional(),
  /** `web` only accepts webhooks and leaves the queues to `worker` processes; `all` does both. */
  processRole: z.enum(['all', 'web', 'worker']),
  conversation: z.strictObject({
    ttlMinutes: positiveInt.max(24 * 60),
    resultsPerPage: positiveInt.max(10),
    historySize: positiveInt.max(20),
  }),
  inbound: z.strictObject({
    attempts: positiveInt.max(10),
    backoffMs: positiveInt,
    concurrency: positiveInt.max(50),
  }),
  outbound: z.strictObject({
    /** WhatsApp refuses longer bodies. */
    maxBodyLength: positiveInt.max(1600),
    attempts: positiveInt.max(20),
    backoffMs: positiveInt,
    concurrency: positiveInt.max(50),
  }),
  /** Free-form messages are allowed this long after the member's last message (WhatsApp's customer-service window). */
  serviceWindowHours: positiveInt.max(24),
  /** A number outside the directory gets one polite answer per this many hours. */
  strangerReplyHours: positiveInt,
  introductions: z.strictObject({
    expiryHours: positiveInt,
    /** Different members who may ask one member in a day. */
    maxRequestsPerTargetPerDay: positiveInt.max(100),
    /** Requests one member may make in a day (each may be a paid template message). */
    maxRequestsPerRequesterPerDay: positiveInt.max(100),
  }),
  /** Message bodies kept for retries are erased this long after they were sent or given up. */
  bodyRetentionDays: positiveInt,
  /** How often pending work left by a stopped process is picked up again. */
  sweepIntervalSeconds: positiveInt,
  /** Only work older than this is re-queued, so jobs still on their way are left alone. */
  sweepMinAgeSeconds: z.number().int().min(0),
});

export type WhatsappBotConfig = z.infer<typeof configSchema>;

export const defaultConfig: WhatsappBotConfig = {
  publicUrl: 'http://localhost:1337',
  publicUrlFromRequest: false,
  processRole: 'all',
  conversation: { ttlMinutes: 30, resultsPerPage: 5, historySize: 5 },
  inbound: { attempts: 3, backoffMs: 1000, concurrency: 4 },
  outbound: { maxBodyLength: 1600, attempts: 5, backoffMs: 2000, concurrency: 4 },
  serviceWindowHours: 24,
  strangerReplyHours: 24,
  introductions: { expiryHours: 72, maxRequestsPerTargetPerDay: 3, maxRequestsPerRequesterPerDay: 10 },
  bodyRetentionDays: 7,
  sweepIntervalSeconds: 60,
  sweepMinAgeSeconds: 60,
};
