import config from '..';
import { parseConfig } from '../schema';

describe('billing plugin config', () => {
  it('accepts no Stripe configuration (billing off) and real-looking keys', () => {
    expect(() => config.validator(config.default)).not.toThrow();
    expect(() => config.validator({ stripeSecretKey: 'sk_test_123', stripeWebhookSecret: 'whsec_abc' })).not.toThrow();
  });

  it('stops boot when a publishable key is given as the secret key', () => {
    expect(() => config.validator({ stripeSecretKey: 'pk_test_123' })).toThrow(/Invalid "billing" plugin config[\s\S]*stripeSecretKey/);
  });

  it('stops boot on a product id given as a price, and on a base URL with a path', () => {
    expect(() => config.validator({ prices: { basic: { monthly: 'prod_123' } } })).toThrow(/product id/);
    expect(() => config.validator({ apiBaseUrl: 'http://127.0.0.1:12111/v1' })).toThrow(/apiBaseUrl/);
    expect(() => config.validator({ apiBaseUrl: 'ftp://127.0.0.1' })).toThrow(/apiBaseUrl/);
    expect(() => config.validator({ unknownSetting: true })).toThrow(/unknownSetting/);
  });

  it("fills in Stripe's 300-second tolerance, the 7-day grace period and the retry schedule", () => {
    expect(parseConfig({})).toMatchObject({
      prices: {},
      webhookToleranceSeconds: 300,
      gracePeriodDays: 7,
      events: { inlineAttempts: 3, retryBaseDelayMs: 1000, sweepIntervalMs: 60_000, retentionDays: 90 },
    });
    expect(parseConfig({ prices: { basic: { monthly: undefined, yearly: 'price_by' } }, apiBaseUrl: 'http://127.0.0.1:12111' })).toMatchObject({
      prices: { basic: { yearly: 'price_by' } },
      apiBaseUrl: 'http://127.0.0.1:12111',
    });
  });
});
