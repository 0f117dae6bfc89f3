/**
 * How long the webhook waits for the queue to take a stored message before acknowledging it
 * anyway. While Redis is away adding fails at once (the connection's circuit is open), and Twilio
 * retries a webhook it waited 15 s for; the stored row is enough: the sweep queues what is
 * missing, at the latest when Redis answers again. This bound remains for a Redis that is slow.
 */
export const QUEUE_HANDOFF_TIMEOUT_MS = 1500;
