import config from '..';

describe('billing plugin config', () => {
  it('accepts no Stripe configuration (billing off) and real-looking keys', () => {
    expect(() => config.validator(config.default)).not.toThrow();
    expect(() => config.validator({ stripeSecretKey: 'sk_test_123', stripeWebhookSecret: 'whsec_abc' })).not.toThrow();
  });

  it('stops boot when a publishable key is given as the secret key', () => {
    expect(() => config.validator({ stripeSecretKey: 'pk_test_123' })).toThrow(
      /Invalid "billing" plugin config[\s\S]*stripeSecretKey/
    );
  });
});
