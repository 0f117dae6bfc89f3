import type { Core } from '@strapi/strapi';
import type Stripe from 'stripe';

import { entitlementOf } from '../domain/entitlement';
import { createSubscriptionsRepository } from '../repositories/subscriptions';
import { getService } from '../utils';
import type { BillingCommunity } from './communities';

export type InvoiceView = {
  id: string;
  number: string | null;
  status: string | null;
  /** In the currency's smallest unit (cents), as Stripe gives them. */
  amountDue: number;
  amountPaid: number;
  total: number;
  currency: string;
  created: string;
  periodStart: string | null;
  periodEnd: string | null;
  hostedInvoiceUrl: string | null;
  invoicePdf: string | null;
};

export type SubscriptionView = {
  community: { documentId: string; slug: string; name: string; accountStatus: string };
  /** The plan the community is on now (its limits follow it). */
  plan: string;
  /** The subscription's status, or `none` when the community never subscribed. */
  status: string;
  subscribedPlan: string | null;
  interval: string | null;
  currentPeriod: { start: string | null; end: string | null } | null;
  cancelAtPeriodEnd: boolean;
  cancelAt: string | null;
  /** While a bill is unpaid: when the community will be (or was) suspended. */
  pastDue: { since: string | null; graceEndsAt: string | null; suspended: boolean } | null;
  invoices: InvoiceView[];
};

export type SubscriptionAnswer = { data: SubscriptionView; meta: { invoicesUnavailable?: string } };

const iso = (value: Date | null | undefined) => (value ? value.toISOString() : null);
const isoFromUnix = (seconds: number | null | undefined) => (typeof seconds === 'number' ? new Date(seconds * 1000).toISOString() : null);

/** Only what an admin needs to see an invoice: nothing about the card or the customer's address. */
export const invoiceView = (invoice: Stripe.Invoice): InvoiceView => ({
  id: invoice.id ?? '',
  number: invoice.number,
  status: invoice.status,
  amountDue: invoice.amount_due,
  amountPaid: invoice.amount_paid,
  total: invoice.total,
  currency: invoice.currency,
  created: isoFromUnix(invoice.created) ?? '',
  periodStart: isoFromUnix(invoice.period_start),
  periodEnd: isoFromUnix(invoice.period_end),
  hostedInvoiceUrl: invoice.hosted_invoice_url ?? null,
  invoicePdf: invoice.invoice_pdf ?? null,
});

/** A community's billing as its admins see it: the stored subscription and Stripe's invoices. */
const overviewService = ({ strapi }: { strapi: Core.Strapi }) => {
  const records = createSubscriptionsRepository(() => strapi.db.connection);

  return {
    async subscription(community: BillingCommunity): Promise<SubscriptionAnswer> {
      const record = await records.find(community.id);
      const settings = getService('settings');
      const entitlement = record ? entitlementOf(record, getService('clock').now(), settings.gracePeriodMs()) : null;
      const meta: SubscriptionAnswer['meta'] = {};

      let invoices: InvoiceView[] = [];
      if (record?.customerId && settings.isConfigured()) {
        try {
          const list = await getService('stripe-client')
            .client()
            .invoices.list({ customer: record.customerId, limit: settings.config().invoiceHistoryLimit });
          invoices = list.data.map(invoiceView);
        } catch (error) {
          // The subscription itself is known without Stripe: show it, and say the invoices are missing.
          strapi.log.warn(`billing: invoices of community "${community.slug}" unavailable: ${(error as Error).message}`);
          meta.invoicesUnavailable = 'Stripe could not be reached for the invoice history; try again in a moment';
        }
      }

      return {
        data: {
          community: { documentId: community.documentId, slug: community.slug, name: community.name, accountStatus: community.accountStatus },
          plan: community.plan,
          status: record?.status ?? 'none',
          subscribedPlan: record?.plan ?? null,
          interval: record?.interval ?? null,
          currentPeriod: record?.subscriptionId ? { start: iso(record.currentPeriodStart), end: iso(record.currentPeriodEnd) } : null,
          cancelAtPeriodEnd: record?.cancelAtPeriodEnd ?? false,
          cancelAt: iso(record?.cancelAt),
          pastDue: entitlement?.graceEndsAt
            ? { since: iso(record?.pastDueSince), graceEndsAt: iso(entitlement.graceEndsAt), suspended: community.accountStatus === 'suspended' }
            : null,
          invoices,
        },
        meta,
      };
    },
  };
};

export type OverviewService = ReturnType<typeof overviewService>;

export default overviewService;
