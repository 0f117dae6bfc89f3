import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';

import type { WhatsappBotConfig } from '../config/schema';
import { isValidTwilioSignature } from '../twilio/signature';
import { getService } from '../utils';
import { emitEvent } from '../utils/events';
import { opsMetrics } from '../utils/ops-metrics';
import { PLUGIN_ID } from '../utils/plugin-id';
import { formParams, parseInbound, parseStatus } from '../validation/webhook';

const EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>';

/**
 * Only requests Twilio signed reach the services: the signature covers PUBLIC_URL plus the path
 * Twilio called and every form field, so a forged or replayed-elsewhere request is refused.
 */
const verifiedForm = (ctx: Context): Record<string, string> => {
  const { twilioAuthToken, publicUrl } = strapi.config.get(`plugin::${PLUGIN_ID}`) as WhatsappBotConfig;
  if (!twilioAuthToken) throw new errors.ForbiddenError('WhatsApp is not configured on this server (TWILIO_AUTH_TOKEN is not set)');
  const params = formParams(ctx.request.body);
  const signature = ctx.get('X-Twilio-Signature') || undefined;
  if (!isValidTwilioSignature(twilioAuthToken, signature, publicUrl, ctx.originalUrl, params)) {
    opsMetrics()?.recordWebhook('twilio', 'rejected');
    throw new errors.ForbiddenError('Invalid or missing X-Twilio-Signature');
  }
  return params;
};

const webhookController = (_context: { strapi: Core.Strapi }) => ({
  /** Twilio waits at most 15 s: the message is stored and queued, and answered from the queue. */
  async receive(ctx: Context) {
    const message = parseInbound(verifiedForm(ctx));
    const outcome = await getService('inbound').accept(message);
    emitEvent(strapi, 'whatsapp.webhook', { communityId: null, source: 'twilio', outcome });
    opsMetrics()?.recordWebhook('twilio', outcome);
    ctx.type = 'text/xml';
    ctx.body = EMPTY_TWIML;
  },

  async status(ctx: Context) {
    const update = parseStatus(verifiedForm(ctx));
    const outcome = await getService('outbound').applyStatus(update.MessageSid, update.MessageStatus, update.ErrorCode ?? null);
    opsMetrics()?.recordWebhook('twilio-status', outcome);
    ctx.status = 204;
  },
});

export default webhookController;
