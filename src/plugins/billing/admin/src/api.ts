/** What the billing admin routes answer (see server/src/controllers/admin.ts). */

export type CommunitySummary = { documentId: string; name: string; slug: string; plan: string; accountStatus: string };

export type Interval = 'monthly' | 'yearly';

export type CataloguePlan = {
  id: string;
  name: string;
  memberLimit: number | null;
  searchLimitPerMonth: number | null;
  priceUsd: { monthly: number; yearly: number } | null;
  selfServe: boolean;
  intervals: Interval[];
};

export type Invoice = {
  id: string;
  number: string | null;
  status: string | null;
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

export type Usage = {
  plan: string;
  members: { used: number; limit: number | null };
  searches: { used: number; limit: number | null };
  period: { start: string; end: string };
  warnings: string[];
};

export type Overview = {
  community: { documentId: string; slug: string; name: string; accountStatus: string };
  plan: string;
  status: string;
  subscribedPlan: string | null;
  interval: Interval | null;
  currentPeriod: { start: string | null; end: string | null } | null;
  cancelAtPeriodEnd: boolean;
  cancelAt: string | null;
  pastDue: { since: string | null; graceEndsAt: string | null; suspended: boolean } | null;
  invoices: Invoice[];
  usage: Usage;
  plans: CataloguePlan[];
  salesContactUrl: string | null;
};

/** `operator`: a super admin, who may be told how billing is configured (environment variables). */
export type CommunitiesAnswer = { data: CommunitySummary[]; meta: { configured: boolean; operator?: boolean } };
export type OverviewAnswer = { data: Overview; meta: { configured: boolean; invoicesUnavailable?: string } };
export type CheckoutAnswer = { url: string; sessionId: string } | { url: null; contactSales: true; message: string; contactUrl: string | null };

/** Subscription states in which the plan is changed in Stripe's portal rather than a new checkout. */
export const CURRENT_STATUSES = new Set(['active', 'trialing', 'past_due', 'unpaid', 'paused']);

/** The message of a failed admin API call (Strapi's error envelope), for a notification. */
export const errorMessage = (error: unknown, fallback: string): string => {
  const response = (error as { response?: { data?: { error?: { message?: string } } } })?.response;
  return response?.data?.error?.message ?? fallback;
};
