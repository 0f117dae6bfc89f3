import serverConfig from '../../../../config/server';

type ConfigParams = Parameters<typeof serverConfig>[0];

const paramsFrom = (values: Record<string, string | undefined>): ConfigParams => {
  const env = (name: string, fallback?: unknown) => values[name] ?? fallback;
  const typed = Object.assign(env, {
    int: (name: string, fallback?: number) => (values[name] === undefined ? fallback : Number(values[name])),
    bool: (name: string, fallback?: boolean) => (values[name] === undefined ? fallback : values[name] === 'true'),
    array: (name: string, fallback?: string[]) => (values[name] === undefined ? fallback : values[name]!.split(',')),
  });
  return { env: typed } as unknown as ConfigParams;
};

const secrets = {
  APP_KEYS: 'a,b',
  API_TOKEN_SALT: 's',
  ADMIN_JWT_SECRET: 's',
  JWT_SECRET: 's',
  TRANSFER_TOKEN_SALT: 's',
  ENCRYPTION_KEY: 's',
  // Production refuses to start without it (src/lib/public-url.ts).
  PUBLIC_URL: 'https://connect.example.org',
};

describe('server config', () => {
  it('silences Strapi’s console banner when logs are JSON lines', () => {
    const config = serverConfig(paramsFrom({ ...secrets, NODE_ENV: 'production' }));
    expect(config.logger).toEqual({ startup: { enabled: false }, updates: { enabled: false } });
  });

  it('keeps the banner for readable development logs', () => {
    const config = serverConfig(paramsFrom({ NODE_ENV: 'development' }));
    expect(config.logger).toEqual({ startup: { enabled: true }, updates: { enabled: true } });
  });

  it('follows LOG_FORMAT over NODE_ENV', () => {
    expect(serverConfig(paramsFrom({ NODE_ENV: 'development', LOG_FORMAT: 'json' })).logger?.startup?.enabled).toBe(false);
  });
});
