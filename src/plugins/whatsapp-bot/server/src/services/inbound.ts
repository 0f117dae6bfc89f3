import { isServiceUnavailableError } from '@community-connect/kit';
import type { Core } from '@strapi/strapi';

import * as messages from '../conversation/messages';
import { QUEUE_HANDOFF_TIMEOUT_MS } from '../queue/handoff';
import { createInboundRepository } from '../repositories/inbound';
import { getService } from '../utils';
import { emitEvent } from '../utils/events';
import { fromWhatsappAddress, maskPhone, redactContacts } from '../utils/phone';
import type { TwilioInbound } from '../validation/webhook';

export type AcceptResult = 'queued' | 'duplicate' | 'unknown-number' | 'bad-sender';

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/**
 * Inbound messages: the webhook records each one once (by MessageSid) and queues it; the
 * inbound job answers it. The row keeps the sender and text only until the message is answered.
 */
const inboundService = ({ strapi }: { strapi: Core.Strapi }) => {
  const repository = () => createInboundRepository(strapi.db.connection);
  // Claims this process took but could not give back because the database went away mid-answer
  // (id → the claim's attempt number). Given back as soon as the database answers again, so the
  // message need not wait for the claim's lease to run out.
  const claimsToGiveBack = new Map<number, number>();

  const giveBack = async (id: number, attempts: number, reason: string) => {
    await repository().release({ id, attempts }, reason);
    claimsToGiveBack.delete(id);
  };

  const giveBackHeld = async (id: number, attempts: number) => {
    await giveBack(id, attempts, 'interrupted by an outage');
    strapi.log.warn(`whatsapp-bot: message ${id} given back after an outage interrupted its answer`);
  };

  return {
    async accept(message: TwilioInbound): Promise<AcceptResult> {
      const to = fromWhatsappAddress(message.To);
      const from = fromWhatsappAddress(message.From);
      if (!to || !from) return 'bad-sender';
      const community = await getService('directory').routeNumber(to);
      if (!community) {
        strapi.log.warn(`whatsapp-bot: message for ${maskPhone(to)}, which no community uses`);
        return 'unknown-number';
      }
      const id = await repository().insertOnce({
        messageSid: message.MessageSid,
        communityId: community.id,
        fromPhone: from,
        body: message.Body ?? '',
        numMedia: message.NumMedia,
      });
      if (id === null) return 'duplicate';
      emitEvent(strapi, 'whatsapp.message.received', { communityId: community.id, media: message.NumMedia > 0 });
      const handedOff = getService('queues')
        .addInbound(id)
        .then(() => 'queued' as const);
      const outcome = await Promise.race([handedOff, delay(QUEUE_HANDOFF_TIMEOUT_MS).then(() => 'late' as const)]).catch(
        (error: Error) => error
      );
      if (outcome !== 'queued') {
        handedOff.catch(() => undefined);
        const reason = outcome === 'late' ? `the queue did not answer within ${QUEUE_HANDOFF_TIMEOUT_MS} ms` : outcome.message;
        strapi.log.warn(`whatsapp-bot: message stored, left for the sweep to queue: ${reason}`);
      }
      return 'queued';
    },

    /** The inbound job. A failure gives the message back for the next attempt. */
    async process(inboundId: number) {
      const heldClaim = claimsToGiveBack.get(inboundId);
      if (heldClaim !== undefined) await giveBackHeld(inboundId, heldClaim);
      const row = await repository().claim(inboundId);
      if (row === 'finished') return;
      // Another worker holds it: try again later (it is released if that worker dies).
      if (row === 'busy') throw new Error('The message is being answered by another worker');
      try {
        await getService('conversation').handle(row);
        await repository().finish(row.id, 'done');
      } catch (error) {
        const reason = redactContacts((error as Error).message);
        await giveBack(row.id, row.attempts, reason).catch((releaseError: Error) => {
          if (!isServiceUnavailableError(releaseError)) throw releaseError;
          claimsToGiveBack.set(row.id, row.attempts);
        });
        throw error;
      }
    },

    /** Gives back the claims an outage kept this process from giving back (the sweep calls it first). */
    async giveBackInterruptedClaims() {
      for (const [id, attempts] of claimsToGiveBack) await giveBackHeld(id, attempts);
    },

    /**
     * Every attempt failed: apologise once, so the member is not left waiting, and close the message.
     * Not when the attempts failed because the database or Redis was down: the message stays
     * unfinished (given back by the failed attempt, or still under its claim when even that could
     * not be written) and the sweep answers it once they are back. An accepted message is never
     * closed unanswered for an outage.
     */
    async giveUp(inboundId: number, error: Error) {
      if (isServiceUnavailableError(error)) {
        strapi.log.warn(`whatsapp-bot: message ${inboundId} waits for the sweep: ${redactContacts(error.message)}`);
        return;
      }
      const row = await repository().take(inboundId);
      strapi.log.error(`whatsapp-bot: could not answer message ${inboundId}: ${redactContacts(error.message)}`);
      if (!row) return;
      try {
        if (row.fromPhone) {
          const member = await getService('directory').memberByPhone(row.communityId, row.fromPhone);
          if (member) await getService('outbound').queueText(row.communityId, { memberId: member.id, phone: row.fromPhone }, messages.somethingWentWrong);
        }
      } finally {
        await repository().finish(row.id, 'failed', redactContacts(error.message));
      }
    },

    unfinishedIds: (minAgeSeconds: number, limit?: number, afterId?: number) => repository().unfinishedIds(minAgeSeconds, limit, afterId),

    lastReceivedAt: (communityIds: number[] | null) => repository().lastReceivedAt(communityIds),
  };
};

export type InboundService = ReturnType<typeof inboundService>;

export default inboundService;
