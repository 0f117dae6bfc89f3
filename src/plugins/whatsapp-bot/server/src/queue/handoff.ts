/**
 * How long the webhook waits for the queue to take a stored message before acknowledging it
 * anyway. While Redis is away BullMQ holds the job until Redis is back, and Twilio retries a
 * webhook it waited 15 s for; the stored row is enough, the sweep queues what is missing.
 */
export const QUEUE_HANDOFF_TIMEOUT_MS = 1500;
