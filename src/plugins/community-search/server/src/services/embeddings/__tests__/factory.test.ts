import { createEmbeddingProvider } from '..';

describe('createEmbeddingProvider', () => {
  it('creates the local provider without loading its data', () => {
    const provider = createEmbeddingProvider({ provider: 'local', local: { dataDir: '/nonexistent/embeddings' } });
    expect(provider.name).toBe('local');
    expect(provider.dimensions).toBe(256);
  });

  it('creates the openai provider from its settings', () => {
    const provider = createEmbeddingProvider({
      provider: 'openai',
      openai: { baseUrl: 'http://127.0.0.1:9/v1', apiKey: 'key', model: 'text-embedding-3-small', dimensions: 512 },
    });
    expect(provider).toMatchObject({ name: 'openai', model: 'text-embedding-3-small', dimensions: 512 });
  });

  it('names the missing openai settings', () => {
    expect(() => createEmbeddingProvider({ provider: 'openai' })).toThrow(
      /"openai" embeddings provider needs embeddings baseUrl, model, dimensions/,
    );
    expect(() =>
      createEmbeddingProvider({ provider: 'openai', openai: { baseUrl: 'http://127.0.0.1:9/v1', model: 'm' } }),
    ).toThrow(/needs embeddings dimensions in the community-search plugin config/);
  });

  it('rejects an unknown provider', () => {
    expect(() => createEmbeddingProvider({ provider: 'other' as 'local' })).toThrow(
      /Unknown embeddings provider "other"/,
    );
  });
});
