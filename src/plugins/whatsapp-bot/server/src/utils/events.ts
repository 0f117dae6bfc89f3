import {
  createEventBus,
  type EventBase,
  type EventPayloads,
  type WhatsappMessageReceivedEvent,
  type WhatsappMessageSentEvent,
} from '@community-connect/kit';

export type { WhatsappMessageReceivedEvent, WhatsappMessageSentEvent };

/** Operational: how each webhook call ended (for metrics); no community is named. */
export type WhatsappWebhookEvent = EventBase & { source: 'twilio'; outcome: string };

/** The bot's events: the two of the app's catalogue (@community-connect/kit) and its operational one. */
export type WhatsappEvents = Pick<EventPayloads, 'whatsapp.message.received' | 'whatsapp.message.sent'> & {
  'whatsapp.webhook': WhatsappWebhookEvent;
};

export const { emit: emitEvent } = createEventBus<WhatsappEvents>('whatsapp-bot');
