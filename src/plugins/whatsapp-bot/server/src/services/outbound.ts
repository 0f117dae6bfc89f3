import { randomUUID } from 'node:crypto';

import { createTwilioClient } from '@community-connect/kit';
import type { Core } from '@strapi/strapi';
import twilio, { type Twilio as TwilioClient } from 'twilio';

import type { WhatsappBotConfig } from '../config/schema';
import { PermanentJobError } from '../queue/types';
import { createContactsRepository } from '../repositories/contacts';
import { createOutboundRepository, type OutboundRow, type OutboundStatus } from '../repositories/outbound';
import { isPermanentTwilioError, twilioErrorCode } from '../twilio/errors';
import { getService } from '../utils';
import { emitEvent } from '../utils/events';
import { redactContacts, toWhatsappAddress } from '../utils/phone';
import { PLUGIN_ID } from '../utils/plugin-id';
import { splitMessage } from '../utils/split-message';

export type Recipient = { memberId: number | null; phone: string };
export type Template = { contentSid: string; variables: Record<string, string> };

/** What a message may do in Twilio's terms: stop and start replies must reach members who opted out. */
export type MessageKind = 'reply' | 'opt-out' | 'introduction' | 'stranger';

const TWILIO_STATUSES: Record<string, OutboundStatus> = {
  sent: 'sent',
  delivered: 'delivered',
  read: 'read',
  failed: 'failed',
  undelivered: 'undelivered',
};

const HOUR_MS = 3_600_000;

/**
 * Replies go out from the queue through Twilio's Messages API (official SDK), in order, with
 * retries and exponential backoff. Each part is a row first, so nothing is lost when a process or
 * Twilio fails; what cannot be sent ends as a dead letter admins can see and retry.
 */
const outboundService = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get(`plugin::${PLUGIN_ID}`) as WhatsappBotConfig;
  const repository = () => createOutboundRepository(strapi.db.connection);
  const contacts = () => createContactsRepository(strapi.db.connection);
  let client: TwilioClient | undefined;

  const twilioClient = (): TwilioClient => {
    const { twilioAccountSid, twilioAuthToken, twilioApiBaseUrl } = config();
    if (!twilioAccountSid || !twilioAuthToken) {
      throw new PermanentJobError('WhatsApp sending is not configured (TWILIO_ACCOUNT_SID / TWILIO_AUTH_TOKEN)', 'not_configured');
    }
    client ??= createTwilioClient(twilio, { accountSid: twilioAccountSid, authToken: twilioAuthToken, apiBaseUrl: twilioApiBaseUrl });
    return client;
  };

  const withinServiceWindow = (lastInboundAt: Date | null, now = Date.now()) =>
    lastInboundAt !== null && now - new Date(lastInboundAt).getTime() < config().serviceWindowHours * HOUR_MS;

  const enqueue = async (communityId: number, recipient: Recipient, kind: MessageKind, parts: Array<{ body?: string; template?: Template }>) => {
    const batchId = randomUUID();
    await repository().insertBatch(
      batchId,
      parts.map((part) => ({
        communityId,
        memberId: recipient.memberId,
        kind,
        toPhone: recipient.phone,
        body: part.body,
        contentSid: part.template?.contentSid,
        contentVariables: part.template?.variables,
      }))
    );
    try {
      await getService('queues').addOutbound(batchId);
    } catch (error) {
      // The rows are stored: the sweep sends them once the queue is reachable again.
      strapi.log.warn(`whatsapp-bot: reply stored but not queued yet: ${(error as Error).message}`);
    }
    return batchId;
  };

  const sendOne = async (row: OutboundRow, whatsappNumber: string) => {
    const message = await twilioClient().messages.create({
      from: toWhatsappAddress(whatsappNumber),
      to: toWhatsappAddress(row.toPhone!),
      ...(row.contentSid
        ? { contentSid: row.contentSid, contentVariables: JSON.stringify(row.contentVariables ?? {}) }
        : { body: row.body ?? '' }),
      statusCallback: `${config().publicUrl.replace(/\/+$/, '')}/api/${PLUGIN_ID}/status`,
    });
    return message.sid;
  };

  return {
    /** A free-form text (split to WhatsApp's size) to someone who just wrote to the bot. */
    queueText(communityId: number, recipient: Recipient, text: string, kind: MessageKind = 'reply') {
      return this.queueTexts(communityId, recipient, [text], kind);
    },

    /** Several texts as one message (split where WhatsApp needs it), so they arrive together and in order. */
    queueTexts(communityId: number, recipient: Recipient, texts: string[], kind: MessageKind = 'reply') {
      const parts = splitMessage(texts.join('\n\n'), config().outbound.maxBodyLength).map((body) => ({ body }));
      return enqueue(communityId, recipient, kind, parts);
    },

    /**
     * A message to a member who may not have written lately: free-form inside WhatsApp's 24-hour
     * window, the community's approved template outside it, and nothing (returns false) when
     * neither is possible.
     */
    async queueToMember(communityId: number, recipient: Recipient & { memberId: number }, text: string, template?: Template): Promise<boolean> {
      const contact = await contacts().find(communityId, recipient.memberId);
      if (contact?.optedOutAt) return false;
      if (withinServiceWindow(contact?.lastInboundAt ?? null)) {
        await this.queueText(communityId, recipient, text, 'introduction');
        return true;
      }
      if (!template) return false;
      await enqueue(communityId, recipient, 'introduction', [{ template }]);
      return true;
    },

    /** The outbound job: sends a batch's unsent parts in order; a failure retries from that part. */
    async deliverBatch(batchId: string, _attempt: number) {
      const rows = await repository().batch(batchId);
      const pending = rows.filter((row) => row.status === 'queued' || row.status === 'sending');
      if (pending.length === 0) return;
      const community = await getService('directory').communityById(pending[0].communityId);
      if (!community) throw new PermanentJobError('The community has no WhatsApp number any more', 'no_sender');

      for (const row of pending) {
        if (!row.toPhone) throw new PermanentJobError('The recipient was erased', 'erased');
        if (row.memberId !== null) {
          const contact = await contacts().find(row.communityId, row.memberId);
          if (contact?.optedOutAt && row.kind !== 'opt-out') {
            await repository().markSuppressed(row.id, 'member opted out');
            continue;
          }
          if (!row.contentSid && row.kind !== 'reply' && row.kind !== 'opt-out' && !withinServiceWindow(contact?.lastInboundAt ?? null)) {
            throw new PermanentJobError('Outside the 24-hour window and no template: WhatsApp would refuse it', 'outside_window');
          }
        }
        if (!(await repository().claimForSending(row.id))) {
          const current = await repository().find(row.id);
          // Another worker is sending this part now: retry the batch later, keeping the order.
          if (current?.status === 'sending') throw new Error('The reply is being sent by another worker');
          continue;
        }
        try {
          const sid = await sendOne(row, community.whatsappNumber);
          await repository().markSent(row.id, sid);
          if (row.memberId !== null) await contacts().touchOutbound(row.communityId, row.memberId);
          emitEvent(strapi, 'whatsapp.message.sent', { communityId: row.communityId, memberId: row.memberId, kind: row.kind });
        } catch (error) {
          const message = redactContacts((error as Error).message);
          if (error instanceof PermanentJobError) throw error;
          // Kept on the row: BullMQ passes on only the message of a final error.
          await repository().markRetrying(row.id, message, twilioErrorCode(error));
          if (isPermanentTwilioError(error)) throw new PermanentJobError(`Twilio refused the message: ${message}`, twilioErrorCode(error));
          throw new Error(message);
        }
      }
    },

    /** The last attempt failed: every unsent part becomes a dead letter. */
    async giveUp(batchId: string, error: Error) {
      const code = error instanceof PermanentJobError ? error.code : null;
      for (const row of await repository().batch(batchId)) {
        if (row.status === 'queued' || row.status === 'sending') await repository().markDead(row.id, redactContacts(error.message), code ?? row.errorCode);
      }
      strapi.log.warn(`whatsapp-bot: gave up sending a reply (${code ?? 'retries exhausted'}): ${redactContacts(error.message)}`);
    },

    async applyStatus(twilioSid: string, twilioStatus: string, errorCode: string | null) {
      const status = TWILIO_STATUSES[twilioStatus];
      if (!status) return 'ignored' as const;
      return (await repository().applyStatus(twilioSid, status, errorCode)) ? ('recorded' as const) : ('unknown' as const);
    },

    async retryDeadLetter(id: number, communityIds: number[] | null) {
      const row = await repository().requeue(id, communityIds);
      if (!row) return null;
      await getService('queues').addOutbound(row.batchId, true);
      return row;
    },

    list: (filter: { communityIds: number[] | null; status?: OutboundStatus }, page: { limit: number; offset: number }) =>
      repository().list(filter, page),

    stats: (communityIds: number[] | null, since: Date) => repository().stats(communityIds, since),

    unsentBatchIds: (minAgeSeconds: number, limit?: number, afterBatchId?: string) => repository().unsentBatchIds(minAgeSeconds, limit, afterBatchId),

    eraseOldContent: () => repository().eraseOldContent(config().bodyRetentionDays),

    withinServiceWindow,
  };
};

export type OutboundService = ReturnType<typeof outboundService>;

export default outboundService;
