import { entitlementOf, nextPastDueSince } from '../entitlement';

const DAY = 24 * 60 * 60 * 1000;
const GRACE = 7 * DAY;
const now = new Date('2026-11-26T12:00:00Z');
const ago = (days: number) => new Date(now.getTime() - days * DAY);

describe('entitlementOf', () => {
  it('leaves a community without a subscription alone', () => {
    expect(entitlementOf({ status: null, plan: null, pastDueSince: null }, now, GRACE)).toBeNull();
  });

  it.each(['active', 'trialing'])('gives the paid plan while %s', (status) => {
    expect(entitlementOf({ status, plan: 'pro', pastDueSince: null }, now, GRACE)).toEqual({ plan: 'pro', suspended: false, graceEndsAt: null });
  });

  it.each(['canceled', 'incomplete', 'incomplete_expired', 'paused'])('falls back to free when %s', (status) => {
    expect(entitlementOf({ status, plan: 'pro', pastDueSince: null }, now, GRACE)).toEqual({ plan: 'free', suspended: false, graceEndsAt: null });
  });

  it.each(['past_due', 'unpaid'])('keeps the plan for the grace period when %s, then suspends', (status) => {
    expect(entitlementOf({ status, plan: 'basic', pastDueSince: ago(6) }, now, GRACE)).toEqual({
      plan: 'basic',
      suspended: false,
      graceEndsAt: new Date(ago(6).getTime() + GRACE),
    });
    expect(entitlementOf({ status, plan: 'basic', pastDueSince: ago(7) }, now, GRACE)).toMatchObject({ plan: 'basic', suspended: true });
    // Seen owing for the first time just now: the grace period starts now.
    expect(entitlementOf({ status, plan: 'basic', pastDueSince: null }, now, GRACE)).toEqual({
      plan: 'basic',
      suspended: false,
      graceEndsAt: new Date(now.getTime() + GRACE),
    });
  });

  it('gives free limits to a subscription whose plan is unknown', () => {
    expect(entitlementOf({ status: 'active', plan: null, pastDueSince: null }, now, GRACE)).toMatchObject({ plan: 'free' });
  });
});

describe('nextPastDueSince', () => {
  it('keeps the first moment a subscription was seen owing and forgets it once paid or ended', () => {
    expect(nextPastDueSince(null, 'past_due', now)).toEqual(now);
    expect(nextPastDueSince(ago(3), 'past_due', now)).toEqual(ago(3));
    expect(nextPastDueSince(ago(3), 'unpaid', now)).toEqual(ago(3));
    expect(nextPastDueSince(ago(3), 'active', now)).toBeNull();
    expect(nextPastDueSince(ago(3), 'canceled', now)).toBeNull();
  });
});
