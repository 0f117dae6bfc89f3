export type QueueHealth = { status: 'connected' | 'degraded' | 'down'; kind: string | null; counts: Record<string, { waiting: number; active: number; delayed: number; failed: number }> | null };

/** The server leaves out the operator's details (webhook URLs, queue) for a community's admin. */
export type Overview = {
  configured: boolean;
  webhookUrl?: string;
  statusCallbackUrl?: string;
  communities: Array<{ id: number; name: string; slug: string; whatsappNumber: string | null }>;
  queue?: QueueHealth;
  lastInboundAt: string | null;
  lastOutboundAt: string | null;
  messagesLast7Days: Record<string, number>;
  deadLetters: number;
  activeConversations: number;
};

export type OutboundMessage = {
  id: number;
  communityId: number;
  kind: string;
  to: string | null;
  preview: string | null;
  status: string;
  attempts: number;
  error: string | null;
  errorCode: string | null;
  createdAt: string;
  retryable: boolean;
};

export type Conversation = {
  communityId: number;
  member: string;
  lastInboundAt: string | null;
  lastOutboundAt: string | null;
  optedOut: boolean;
  verified: boolean;
};

export type BotSettings = {
  communityId: number;
  requireOtp: boolean;
  greeting: string | null;
  /** Super admins only (Twilio Content SIDs of the platform's sender). */
  templates?: { introductionRequest?: string; introductionAccepted?: string };
};
