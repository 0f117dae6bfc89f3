import { TERMINAL_STATUSES, type SubscriptionSnapshot } from './subscription-snapshot';

/** What is stored about the community's current subscription. */
export type StoredSubscription = { subscriptionId: string | null; status: string | null; subscriptionCreatedAt: Date | null };

/**
 * Whether a subscription's state may replace the one stored for its community. The same
 * subscription always may (the freshest read wins in the repository); another one only if it
 * is newer and still running, so a late event about an old, ended subscription cannot undo a
 * new one.
 */
export const supersedes = (record: StoredSubscription | null, snapshot: SubscriptionSnapshot): boolean => {
  if (!record?.subscriptionId || record.subscriptionId === snapshot.id) return true;
  if (TERMINAL_STATUSES.has(snapshot.status)) return false;
  if (record.status && TERMINAL_STATUSES.has(record.status)) return true;
  return (record.subscriptionCreatedAt?.getTime() ?? 0) <= snapshot.createdAt.getTime();
};

