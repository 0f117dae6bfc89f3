import { createCatalogue, envNameOfPrice } from '../catalogue';

const plans = {
  catalogue: {
    free: { name: 'Free', memberLimit: 50, searchLimitPerMonth: 500, priceUsd: null },
    basic: { name: 'Basic', memberLimit: 100, searchLimitPerMonth: 2000, priceUsd: { monthly: 10, yearly: 100 } },
    pro: { name: 'Pro', memberLimit: 500, searchLimitPerMonth: 10000, priceUsd: { monthly: 50, yearly: 500 } },
    enterprise: { name: 'Enterprise', memberLimit: null, searchLimitPerMonth: null, priceUsd: null },
  },
  warningThreshold: 0.8,
};

describe('catalogue', () => {
  const catalogue = createCatalogue(plans, { basic: { monthly: 'price_bm', yearly: 'price_by' }, pro: { monthly: 'price_pm' } });

  it('maps plans to prices and prices back to plans', () => {
    expect(catalogue.priceOf('basic', 'yearly')).toBe('price_by');
    expect(catalogue.priceOf('pro', 'yearly')).toBeUndefined();
    expect(catalogue.planOfPrice('price_pm')).toEqual({ plan: 'pro', interval: 'monthly' });
    expect(catalogue.planOfPrice('price_unknown')).toBeUndefined();
  });

  it('sells paid plans through checkout, not free or enterprise', () => {
    expect(catalogue.plans.map((plan) => [plan.id, plan.selfServe, plan.intervals])).toEqual([
      ['free', false, []],
      ['basic', true, ['monthly', 'yearly']],
      ['pro', true, ['monthly']],
      ['enterprise', false, []],
    ]);
  });

  it('names the settings that are missing or point at no plan', () => {
    const withStray = createCatalogue(plans, { basic: { monthly: 'a', yearly: 'b' }, pro: { monthly: 'c', yearly: 'd' }, gold: { monthly: 'e' } });
    expect(withStray.problems()).toEqual(['prices are configured for "gold", which is not a plan in config/plans.ts']);
    expect(catalogue.problems()).toEqual(['STRIPE_PRICE_PRO_YEARLY is not set: the Pro plan cannot be bought yearly']);
  });

  it('refuses an unreadable catalogue', () => {
    expect(() => createCatalogue({ catalogue: { free: { name: 'Free' } } }, {})).toThrow(/plan catalogue/);
  });

  it('spells the env names as the operator contract does', () => {
    expect(envNameOfPrice('basic', 'monthly')).toBe('STRIPE_PRICE_BASIC_MONTHLY');
    expect(envNameOfPrice('team-plus', 'yearly')).toBe('STRIPE_PRICE_TEAM_PLUS_YEARLY');
  });
});
