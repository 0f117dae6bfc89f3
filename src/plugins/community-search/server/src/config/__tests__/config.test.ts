import config from '..';

describe('community-search plugin config', () => {
  it('accepts its defaults', () => {
    expect(() => config.validator(config.default)).not.toThrow();
  });

  it('stops boot with a clear message on a parser or provider name that no extension could have', () => {
    expect(() => config.validator({ ...config.default, queryParser: 'Magic Parser' })).toThrow(
      /Invalid "community-search" plugin config[\s\S]*queryParser/
    );
    expect(() => config.validator({ ...config.default, embeddingsProvider: '' })).toThrow(/embeddingsProvider/);
    expect(() => config.validator({ ...config.default, resultPostProcessors: ['ok', 'Not OK'] })).toThrow(/resultPostProcessors/);
    // Names another plugin may register pass here; bootstrap refuses those nobody registered
    // (services/__tests__/extensions.test.ts, tests/extensions-boot.test.ts).
    expect(() => config.validator({ ...config.default, queryParser: 'mentors-keywords', synonymSources: ['taxonomy'] })).not.toThrow();
  });

  it('refuses unknown keys, which are usually typos', () => {
    expect(() => config.validator({ ...config.default, queryParsr: 'llm' })).toThrow(/queryParsr/);
  });

  it('refuses a page size above 50 and a malformed LLM URL', () => {
    expect(() =>
      config.validator({ ...config.default, search: { ...config.default.search, maxPageSize: 500 } })
    ).toThrow(/maxPageSize/);
    expect(() =>
      config.validator({ ...config.default, llm: { ...config.default.llm, baseUrl: 'not a url' } })
    ).toThrow(/llm\.baseUrl|baseUrl/);
  });

  it('requires the endpoint settings of the remote parser and embedder it is told to use', () => {
    expect(() => config.validator({ ...config.default, queryParser: 'llm' })).toThrow(/llm\.baseUrl[\s\S]*llm\.model|baseUrl/);
    expect(() => config.validator({ ...config.default, embeddingsProvider: 'openai' })).toThrow(/dimensions/);
    expect(() =>
      config.validator({
        ...config.default,
        embeddingsProvider: 'openai',
        embeddings: { baseUrl: 'http://127.0.0.1:4000/v1', model: 'text-embedding-3-small', dimensions: 256 },
      })
    ).not.toThrow();
  });
});

describe('community-search search log and indexing config', () => {
  it('keeps searches 180 days by default and refuses a retention that is not a whole number of days', () => {
    expect(config.default.searchLog.retentionDays).toBe(180);
    for (const retentionDays of [0, -1, 1.5, 100_000]) {
      expect(() => config.validator({ ...config.default, searchLog: { ...config.default.searchLog, retentionDays } })).toThrow(
        /searchLog\.retentionDays|retentionDays/
      );
    }
    expect(() => config.validator({ ...config.default, searchLog: { ...config.default.searchLog, retentionDays: 30 } })).not.toThrow();
  });

  it('bounds index retries', () => {
    expect(() => config.validator({ ...config.default, indexing: { ...config.default.indexing, retryAttempts: 0 } })).toThrow(/retryAttempts/);
    expect(() => config.validator({ ...config.default, indexing: { ...config.default.indexing, retryAttempts: 3 } })).not.toThrow();
  });
});
