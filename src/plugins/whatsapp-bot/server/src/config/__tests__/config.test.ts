import config from '..';

describe('whatsapp-bot plugin config', () => {
  it('accepts its defaults and real-looking Twilio credentials', () => {
    expect(() => config.validator(config.default)).not.toThrow();
    expect(() =>
      config.validator({
        ...config.default,
        publicUrl: 'https://connect.example.org',
        twilioAccountSid: `AC${'a1'.repeat(16)}`,
        twilioAuthToken: 'secret',
        twilioApiBaseUrl: 'http://127.0.0.1:4010',
      })
    ).not.toThrow();
  });

  it('stops boot on a malformed public URL, account SID, process role or limit', () => {
    expect(() => config.validator({ ...config.default, publicUrl: 'not a url' })).toThrow(/Invalid "whatsapp-bot" plugin config[\s\S]*publicUrl/);
    expect(() => config.validator({ ...config.default, twilioAccountSid: 'SK123' })).toThrow(/twilioAccountSid/);
    expect(() => config.validator({ ...config.default, processRole: 'both' })).toThrow(/processRole/);
    expect(() => config.validator({ ...config.default, outbound: { ...config.default.outbound, maxBodyLength: 5000 } })).toThrow(/maxBodyLength/);
  });
});
