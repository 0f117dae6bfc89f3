import type { SubscriptionSnapshot } from '../subscription-snapshot';
import { supersedes } from '../supersedes';

const snapshot = (id: string, status: string, created: string): SubscriptionSnapshot => ({
  id,
  customerId: 'cus_1',
  status,
  plan: 'pro',
  interval: 'monthly',
  priceId: 'price_1',
  currentPeriodStart: null,
  currentPeriodEnd: null,
  cancelAtPeriodEnd: false,
  cancelAt: null,
  createdAt: new Date(created),
  metadataCommunityId: null,
});

const stored = (subscriptionId: string | null, status: string | null, created: string | null) => ({
  subscriptionId,
  status,
  subscriptionCreatedAt: created ? new Date(created) : null,
});

describe('supersedes', () => {
  it('always takes news of the same subscription, or a first one', () => {
    expect(supersedes(null, snapshot('sub_a', 'incomplete', '2026-01-01'))).toBe(true);
    expect(supersedes(stored(null, null, null), snapshot('sub_a', 'active', '2026-01-01'))).toBe(true);
    expect(supersedes(stored('sub_a', 'active', '2026-01-01'), snapshot('sub_a', 'canceled', '2026-01-01'))).toBe(true);
  });

  it('lets a newer running subscription replace an older one, or one that ended', () => {
    expect(supersedes(stored('sub_a', 'active', '2026-01-01'), snapshot('sub_b', 'active', '2026-02-01'))).toBe(true);
    expect(supersedes(stored('sub_a', 'canceled', '2026-03-01'), snapshot('sub_b', 'active', '2026-02-01'))).toBe(true);
  });

  it('never lets an older or ended other subscription undo the current one', () => {
    expect(supersedes(stored('sub_b', 'active', '2026-02-01'), snapshot('sub_a', 'active', '2026-01-01'))).toBe(false);
    expect(supersedes(stored('sub_b', 'active', '2026-02-01'), snapshot('sub_a', 'canceled', '2026-03-01'))).toBe(false);
  });
});
