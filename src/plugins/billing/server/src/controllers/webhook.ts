import { errors } from '@strapi/utils';
import type { Context } from 'koa';

import { BillingNotConfiguredError } from '../errors';
import { getService } from '../utils';
import { rawBodyOf } from '../utils/raw-body';

/** Stripe's webhook: verified on the raw body, stored, answered at once; processed afterwards. */
const webhookController = () => ({
  async receive(ctx: Context) {
    if (!getService('settings').isConfigured()) throw new BillingNotConfiguredError();
    const signature = ctx.get('stripe-signature');
    if (!signature) throw new errors.ValidationError('Missing the Stripe-Signature header');
    const raw = rawBodyOf(ctx.request);
    if (raw === undefined || raw.length === 0) {
      throw new errors.ValidationError('Send the event as the JSON body Stripe signed (Content-Type: application/json)');
    }
    const received = await getService('events').receive(raw, signature);
    ctx.status = 200;
    ctx.body = { received: true, duplicate: received.duplicate };
  },
});

export default webhookController;
