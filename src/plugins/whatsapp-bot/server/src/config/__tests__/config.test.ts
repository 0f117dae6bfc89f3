import config from '..';

describe('whatsapp-bot plugin config', () => {
  it('accepts its defaults and real-looking Twilio credentials', () => {
    expect(() => config.validator(config.default)).not.toThrow();
    expect(() =>
      config.validator({
        publicUrl: 'https://connect.example.org',
        twilioAccountSid: `AC${'a1'.repeat(16)}`,
        twilioAuthToken: 'secret',
      })
    ).not.toThrow();
  });

  it('stops boot on a malformed public URL or account SID', () => {
    expect(() => config.validator({ publicUrl: 'not a url' })).toThrow(/Invalid "whatsapp-bot" plugin config[\s\S]*publicUrl/);
    expect(() => config.validator({ publicUrl: 'https://x.example.org', twilioAccountSid: 'SK123' })).toThrow(/twilioAccountSid/);
  });
});
