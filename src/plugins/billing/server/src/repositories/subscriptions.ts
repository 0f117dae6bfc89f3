import type { SubscriptionSnapshot } from '../domain/subscription-snapshot';
import { SUBSCRIPTIONS_TABLE, type Knex } from './schema';

/** A community's billing record: its Stripe customer and the state of its subscription. */
export type BillingRecord = {
  communityId: number;
  customerId: string | null;
  subscriptionId: string | null;
  plan: string | null;
  interval: string | null;
  priceId: string | null;
  status: string | null;
  currentPeriodStart: Date | null;
  currentPeriodEnd: Date | null;
  cancelAtPeriodEnd: boolean;
  cancelAt: Date | null;
  subscriptionCreatedAt: Date | null;
  pastDueSince: Date | null;
  /** Set while the community is suspended because billing suspended it (not an admin). */
  suspendedByBillingAt: Date | null;
  syncedAt: Date | null;
  updatedAt: Date;
};

type Row = {
  community_id: number;
  stripe_customer_id: string | null;
  stripe_subscription_id: string | null;
  plan: string | null;
  billing_interval: string | null;
  price_id: string | null;
  status: string | null;
  current_period_start: Date | null;
  current_period_end: Date | null;
  cancel_at_period_end: boolean;
  cancel_at: Date | null;
  subscription_created_at: Date | null;
  past_due_since: Date | null;
  suspended_by_billing_at: Date | null;
  synced_at: Date | null;
  updated_at: Date;
};

const date = (value: Date | string | null): Date | null => (value === null ? null : new Date(value));

const toRecord = (row: Row): BillingRecord => ({
  communityId: row.community_id,
  customerId: row.stripe_customer_id,
  subscriptionId: row.stripe_subscription_id,
  plan: row.plan,
  interval: row.billing_interval,
  priceId: row.price_id,
  status: row.status,
  currentPeriodStart: date(row.current_period_start),
  currentPeriodEnd: date(row.current_period_end),
  cancelAtPeriodEnd: row.cancel_at_period_end,
  cancelAt: date(row.cancel_at),
  subscriptionCreatedAt: date(row.subscription_created_at),
  pastDueSince: date(row.past_due_since),
  suspendedByBillingAt: date(row.suspended_by_billing_at),
  syncedAt: date(row.synced_at),
  updatedAt: new Date(row.updated_at),
});

const rowsOf = (result: unknown): Row[] => (result as { rows: Row[] }).rows;

export const createSubscriptionsRepository = (knex: () => Knex) => ({
  async find(communityId: number): Promise<BillingRecord | null> {
    const row = (await knex()(SUBSCRIPTIONS_TABLE).where({ community_id: communityId }).first()) as Row | undefined;
    return row ? toRecord(row) : null;
  },

  async findByCustomer(customerId: string): Promise<BillingRecord | null> {
    const row = (await knex()(SUBSCRIPTIONS_TABLE).where({ stripe_customer_id: customerId }).first()) as Row | undefined;
    return row ? toRecord(row) : null;
  },

  async findMany(communityIds: number[]): Promise<BillingRecord[]> {
    if (communityIds.length === 0) return [];
    const rows = (await knex()(SUBSCRIPTIONS_TABLE).whereIn('community_id', communityIds)) as Row[];
    return rows.map(toRecord);
  },

  /**
   * Stores the community's Stripe customer unless it already has one, and returns the one that is
   * stored: of two concurrent first checkouts, both end up using the same customer.
   */
  async attachCustomer(communityId: number, customerId: string): Promise<string> {
    const result = await knex().raw(
      `INSERT INTO ${SUBSCRIPTIONS_TABLE} (community_id, stripe_customer_id) VALUES (?, ?)
       ON CONFLICT (community_id) DO UPDATE
         SET stripe_customer_id = COALESCE(${SUBSCRIPTIONS_TABLE}.stripe_customer_id, EXCLUDED.stripe_customer_id),
             updated_at = now()
       RETURNING *`,
      [communityId, customerId]
    );
    return rowsOf(result)[0].stripe_customer_id as string;
  },

  /**
   * Saves the subscription state read from Stripe at `syncedAt`, unless a later read was saved
   * already (two events for one subscription processed at once: the fresher state wins).
   * Returns the saved record, or null when it was stale.
   */
  async saveSnapshot(
    communityId: number,
    snapshot: SubscriptionSnapshot,
    pastDueSince: Date | null,
    syncedAt: Date
  ): Promise<BillingRecord | null> {
    const values = {
      community_id: communityId,
      stripe_customer_id: snapshot.customerId || null,
      stripe_subscription_id: snapshot.id,
      plan: snapshot.plan,
      billing_interval: snapshot.interval,
      price_id: snapshot.priceId,
      status: snapshot.status,
      current_period_start: snapshot.currentPeriodStart,
      current_period_end: snapshot.currentPeriodEnd,
      cancel_at_period_end: snapshot.cancelAtPeriodEnd,
      cancel_at: snapshot.cancelAt,
      subscription_created_at: snapshot.createdAt,
      past_due_since: pastDueSince,
      synced_at: syncedAt,
    };
    const columns = Object.keys(values);
    const updates = columns
      .filter((column) => column !== 'community_id' && column !== 'stripe_customer_id')
      .map((column) => `${column} = EXCLUDED.${column}`);
    const result = await knex().raw(
      `INSERT INTO ${SUBSCRIPTIONS_TABLE} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})
       ON CONFLICT (community_id) DO UPDATE
         SET ${updates.join(', ')},
             stripe_customer_id = COALESCE(${SUBSCRIPTIONS_TABLE}.stripe_customer_id, EXCLUDED.stripe_customer_id),
             updated_at = now()
         WHERE ${SUBSCRIPTIONS_TABLE}.synced_at IS NULL OR ${SUBSCRIPTIONS_TABLE}.synced_at <= EXCLUDED.synced_at
       RETURNING *`,
      Object.values(values)
    );
    const rows = rowsOf(result);
    return rows.length > 0 ? toRecord(rows[0]) : null;
  },

  async setPastDueSince(communityId: number, since: Date | null): Promise<void> {
    await knex()(SUBSCRIPTIONS_TABLE).where({ community_id: communityId }).update({ past_due_since: since, updated_at: knex().fn.now() });
  },

  async setSuspendedByBilling(communityId: number, at: Date | null): Promise<void> {
    await knex()(SUBSCRIPTIONS_TABLE).where({ community_id: communityId }).update({ suspended_by_billing_at: at, updated_at: knex().fn.now() });
  },

  /** Communities owing money, or suspended by billing: what the periodic grace check looks at. */
  async delinquentOrSuspended(): Promise<BillingRecord[]> {
    const rows = (await knex()(SUBSCRIPTIONS_TABLE)
      .whereIn('status', ['past_due', 'unpaid'])
      .orWhereNotNull('suspended_by_billing_at')
      .orderBy('community_id')) as Row[];
    return rows.map(toRecord);
  },
});

export type SubscriptionsRepository = ReturnType<typeof createSubscriptionsRepository>;
