import { AsyncLocalStorage } from 'node:async_hooks';

import type { Core } from '@strapi/strapi';

/**
 * The bot's events on Strapi's event hub, following the app's event conventions (docs/extending.md):
 * every payload has `communityId` and `occurredAt`, carries ids and outcomes (never numbers or
 * texts), and is delivered after the caller has moved on, outside its transaction.
 */
type EventBase = { communityId: number | null; occurredAt: string };

export type WhatsappMessageReceivedEvent = EventBase & { communityId: number; media: boolean };
export type WhatsappMessageSentEvent = EventBase & { communityId: number; memberId: number | null; kind: string };
/** Operational: how each webhook call ended (for metrics); no community is named. */
export type WhatsappWebhookEvent = EventBase & { source: 'twilio'; outcome: string };

export type WhatsappEvents = {
  'whatsapp.message.received': WhatsappMessageReceivedEvent;
  'whatsapp.message.sent': WhatsappMessageSentEvent;
  'whatsapp.webhook': WhatsappWebhookEvent;
};

type Input<TName extends keyof WhatsappEvents> = Omit<WhatsappEvents[TName], 'occurredAt' | 'communityId'> &
  Partial<Pick<WhatsappEvents[TName], 'communityId'>>;

const outsideRequests = AsyncLocalStorage.snapshot();

/** Emits without ever failing the caller: a listener that throws is logged and ignored. */
export const emitEvent = <TName extends keyof WhatsappEvents>(strapi: Core.Strapi, name: TName, input: Input<TName>) => {
  const warn = (error: unknown) => strapi.log.warn(`whatsapp-bot: a listener of ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
  try {
    const payload = Object.freeze({ communityId: null, ...input, occurredAt: new Date().toISOString() });
    const deliver = () =>
      setImmediate(() =>
        outsideRequests(() => {
          Promise.resolve()
            .then(() => strapi.eventHub.emit(name, payload))
            .catch(warn);
        })
      );
    // Inside a transaction, nothing is announced until it commits.
    if (strapi.db?.inTransaction()) strapi.db.transaction(({ onCommit }) => void onCommit(deliver)).catch(warn);
    else deliver();
  } catch (error) {
    warn(error);
  }
};
