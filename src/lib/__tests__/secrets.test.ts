import { assertProductionSecrets, REQUIRED_SECRETS } from '../secrets';

const envFrom = (values: Record<string, string | undefined>) =>
  Object.assign((name: string) => values[name], {}) as unknown as Parameters<typeof assertProductionSecrets>[0];

describe('assertProductionSecrets', () => {
  const allSecrets = Object.fromEntries(REQUIRED_SECRETS.map((name) => [name, 'value']));

  it('refuses to start in production and names every missing secret', () => {
    const env = envFrom({ ...allSecrets, NODE_ENV: 'production', JWT_SECRET: undefined, ENCRYPTION_KEY: undefined });
    expect(() => assertProductionSecrets(env)).toThrow(
      /Refusing to start in production without these secrets: JWT_SECRET, ENCRYPTION_KEY/
    );
  });

  it('accepts production with every secret set', () => {
    expect(() => assertProductionSecrets(envFrom({ ...allSecrets, NODE_ENV: 'production' }))).not.toThrow();
  });

  it('does not require secrets outside production', () => {
    expect(() => assertProductionSecrets(envFrom({ NODE_ENV: 'development' }))).not.toThrow();
  });
});
