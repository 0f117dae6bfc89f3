import type { Core } from '@strapi/strapi';

import extensionsService from '../extensions';
import settingsService from '../settings';

/**
 * Plans registered by plugins: checked, joined to the app's catalogue (config `plans`) and to the
 * Stripe price map. A minimal Strapi holds config in a map; the services reach each other by name.
 */
const setup = (billingConfig: Record<string, unknown> = {}) => {
  const config = new Map<string, unknown>([
    ['plans', { catalogue: { free: { name: 'Free', memberLimit: 50, searchLimitPerMonth: 500, priceUsd: null }, pro: { name: 'Pro', memberLimit: 500, searchLimitPerMonth: 10000, priceUsd: { monthly: 50, yearly: 500 } } }, warningThreshold: 0.8 }],
    ['plugin::billing', billingConfig],
    ['server.url', 'http://localhost:1337'],
  ]);
  const services: Record<string, unknown> = {};
  const strapi = {
    config: { get: (key: string) => config.get(key), set: (key: string, value: unknown) => void config.set(key, value) },
    plugin: () => ({ service: (name: string) => services[name] }),
    log: { warn: jest.fn() },
    eventHub: { on: jest.fn(), off: jest.fn() },
  } as unknown as Core.Strapi;
  (globalThis as unknown as { strapi: Core.Strapi }).strapi = strapi;
  services.settings = settingsService({ strapi });
  services.extensions = extensionsService({ strapi });
  return { strapi, config, extensions: services.extensions as ReturnType<typeof extensionsService>, settings: services.settings as ReturnType<typeof settingsService> };
};

const circle = { id: 'mentor-circle', name: 'Mentor Circle', memberLimit: 250, searchLimitPerMonth: 5000, priceUsd: { monthly: 25, yearly: 250 }, prices: { monthly: 'price_circle_m', yearly: 'price_circle_y' } };

afterEach(() => {
  delete (globalThis as { strapi?: unknown }).strapi;
});

describe('billing extensions: registerPlan', () => {
  it('adds the plan to the app catalogue and its prices to the price map (config prices override)', () => {
    const { extensions, settings, config } = setup({ prices: { pro: { monthly: 'price_pro_m' }, 'mentor-circle': { yearly: 'price_circle_y_env' } } });
    extensions.registerPlan(circle);
    expect((config.get('plans') as { catalogue: Record<string, unknown> }).catalogue['mentor-circle']).toEqual({
      name: 'Mentor Circle', memberLimit: 250, searchLimitPerMonth: 5000, priceUsd: { monthly: 25, yearly: 250 },
    });
    expect(settings.prices()).toEqual({ pro: { monthly: 'price_pro_m' }, 'mentor-circle': { monthly: 'price_circle_m', yearly: 'price_circle_y_env' } });
    const catalogue = settings.catalogue();
    expect(catalogue.plan('mentor-circle')).toEqual(expect.objectContaining({ selfServe: true, intervals: ['monthly', 'yearly'] }));
    expect(catalogue.planOfPrice('price_circle_m')).toEqual({ plan: 'mentor-circle', interval: 'monthly' });
  });

  it('refuses wrong shapes, taken ids and prices, priced plans without a price to show, and late plans', () => {
    const { extensions } = setup({ prices: { pro: { monthly: 'price_pro_m' } } });
    expect(() => extensions.registerPlan({ ...circle, id: 'Mentor Circle' })).toThrow(/billing: cannot register plan "Mentor Circle": id must be 1 to 40 lower-case letters/);
    expect(() => extensions.registerPlan({ ...circle, memberLimit: 2.5 })).toThrow(/memberLimit/);
    expect(() => extensions.registerPlan({ ...circle, prices: { monthly: 'prod_123' } })).toThrow(/is a product id/);
    expect(() => extensions.registerPlan({ ...circle, extra: true } as never)).toThrow(/Unrecognized key/);
    expect(() => extensions.registerPlan({ ...circle, id: 'pro' })).toThrow('billing: cannot register plan "pro": a plan with this id is already in the catalogue');
    expect(() => extensions.registerPlan({ ...circle, prices: { monthly: 'price_pro_m' } })).toThrow('price price_pro_m already stands for the "pro" plan');
    expect(() => extensions.registerPlan({ ...circle, prices: { monthly: 'price_same', yearly: 'price_same' } })).toThrow('monthly and yearly need different prices');
    expect(() => extensions.registerPlan({ ...circle, priceUsd: null })).toThrow('a plan sold through Stripe needs `priceUsd`');
    extensions.registerPlan(circle);
    expect(() => extensions.registerPlan({ ...circle, id: 'other', prices: { monthly: 'price_circle_m' } })).toThrow('already stands for the "mentor-circle" plan');
    extensions.close();
    expect(() => extensions.registerPlan({ ...circle, id: 'late', prices: {} })).toThrow(/registration is closed/);
  });

  it('needs the host app\'s catalogue', () => {
    const { extensions, config } = setup();
    config.delete('plans');
    expect(() => extensions.registerPlan(circle)).toThrow('the host app has no plan catalogue (config/plans.ts with `catalogue`)');
  });

  it('subscribes listeners isolated: one that throws is logged, never rethrown', async () => {
    const { extensions, strapi } = setup();
    const off = extensions.onSubscriptionChanged(() => {
      throw new Error('CRM bug');
    });
    const [[name, isolated]] = (strapi.eventHub.on as jest.Mock).mock.calls as Array<[string, (event: unknown) => Promise<void>]>;
    expect(name).toBe('subscription.changed');
    await expect(isolated({ communityId: 1 })).resolves.toBeUndefined();
    expect(strapi.log.warn).toHaveBeenCalledWith('billing: a subscription.changed listener failed: CRM bug');
    off();
    expect(strapi.eventHub.off).toHaveBeenCalledWith('subscription.changed', isolated);
    expect(() => extensions.onSubscriptionChanged('nope' as never)).toThrow('billing: onSubscriptionChanged needs a function');
  });
});
