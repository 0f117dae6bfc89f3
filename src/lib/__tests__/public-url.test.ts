import { env as strapiEnv } from '@strapi/utils';

import pluginsConfig from '../../../config/plugins';
import serverConfig from '../../../config/server';
import { readPublicUrl } from '../public-url';

const envFrom = (values: Record<string, string | undefined>) =>
  Object.assign((name: string) => values[name], {}) as unknown as Parameters<typeof readPublicUrl>[0];

describe('readPublicUrl', () => {
  it.each(['development', 'test', undefined])('follows PORT when PUBLIC_URL is unset (NODE_ENV=%s)', (nodeEnv) => {
    expect(readPublicUrl(envFrom({ NODE_ENV: nodeEnv, PORT: '1400' }))).toBe('http://localhost:1400');
    expect(readPublicUrl(envFrom({ NODE_ENV: nodeEnv, PORT: ' 8080 ' }))).toBe('http://localhost:8080');
    expect(readPublicUrl(envFrom({ NODE_ENV: nodeEnv, PORT: '65535' }))).toBe('http://localhost:65535');
  });

  it.each([undefined, '', '   ', 'abc', '0', '-1', '65536', '14.5', '1400abc'])(
    'uses 1337 when PORT is %p (unset or not a usable port)',
    (port) => {
      expect(readPublicUrl(envFrom({ NODE_ENV: 'development', PORT: port }))).toBe('http://localhost:1337');
    }
  );

  it.each(['', '   ', '\t'])('treats an empty PUBLIC_URL (%p) as unset', (publicUrl) => {
    expect(readPublicUrl(envFrom({ NODE_ENV: 'development', PORT: '1400', PUBLIC_URL: publicUrl }))).toBe('http://localhost:1400');
  });

  it.each([
    'https://connect.example.org',
    'https://connect.example.org/',
    'http://127.0.0.1:1400',
    'http://[::1]:1400',
    'https://bücher.example/app',
  ])('keeps a PUBLIC_URL that is set (%s), whatever PORT says', (publicUrl) => {
    for (const nodeEnv of ['development', 'test', 'production']) {
      expect(readPublicUrl(envFrom({ NODE_ENV: nodeEnv, PORT: '1400', PUBLIC_URL: publicUrl }))).toBe(publicUrl);
    }
  });

  it('trims whitespace around a PUBLIC_URL', () => {
    expect(readPublicUrl(envFrom({ PUBLIC_URL: '  https://connect.example.org  ' }))).toBe('https://connect.example.org');
  });

  it.each([undefined, '', '  '])('refuses production without PUBLIC_URL (%p), naming the variable', (publicUrl) => {
    expect(() => readPublicUrl(envFrom({ NODE_ENV: 'production', PORT: '1400', PUBLIC_URL: publicUrl }))).toThrow(
      /Refusing to start in production without PUBLIC_URL/
    );
  });
});

describe('the configuration uses it', () => {
  const saved = { PUBLIC_URL: process.env.PUBLIC_URL, PORT: process.env.PORT, NODE_ENV: process.env.NODE_ENV };
  afterEach(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it.each(['development', 'test'])('server.url, the OpenAPI server and the WhatsApp signature URL follow PORT (NODE_ENV=%s)', (nodeEnv) => {
    delete process.env.PUBLIC_URL;
    process.env.PORT = '1400';
    process.env.NODE_ENV = nodeEnv;
    expect(serverConfig({ env: strapiEnv }).url).toBe('http://localhost:1400');
    const plugins = pluginsConfig({ env: strapiEnv }) as Record<string, { config: Record<string, unknown> }>;
    expect(plugins['whatsapp-bot'].config.publicUrl).toBe('http://localhost:1400');
    expect(plugins.documentation.config.servers).toEqual([expect.objectContaining({ url: 'http://localhost:1400/api' })]);
  });

  it('server.url is PUBLIC_URL when set', () => {
    process.env.PUBLIC_URL = 'https://connect.example.org';
    process.env.PORT = '1400';
    process.env.NODE_ENV = 'development';
    expect(serverConfig({ env: strapiEnv }).url).toBe('https://connect.example.org');
  });
});
