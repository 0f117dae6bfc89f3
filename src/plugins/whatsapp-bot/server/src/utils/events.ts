import type { Core } from '@strapi/strapi';

/** The bot's events on Strapi's event hub; payloads carry ids and outcomes, never numbers or texts. */
export type WhatsappEvents = {
  'whatsapp.message.received': { communityId: number; media: boolean };
  'whatsapp.message.sent': { communityId: number; memberId: number | null; kind: string };
  'whatsapp.webhook': { source: 'twilio'; outcome: string };
};

/** Emits without ever failing the caller: a listener that throws is logged and ignored. */
export const emitEvent = <TName extends keyof WhatsappEvents>(strapi: Core.Strapi, name: TName, payload: WhatsappEvents[TName]) => {
  try {
    Promise.resolve(strapi.eventHub.emit(name, payload)).catch((error: Error) =>
      strapi.log.warn(`whatsapp-bot: a listener of ${name} failed: ${error.message}`)
    );
  } catch (error) {
    strapi.log.warn(`whatsapp-bot: a listener of ${name} failed: ${(error as Error).message}`);
  }
};
