import { keyFor, maskSecret, runtimeSettingsSchema } from '../runtime-settings';

describe('runtime search settings', () => {
  it('sends an API key only to the origin it was configured for', () => {
    expect(keyFor('https://api.example.org/v2', 'https://api.example.org/v1', 'sk-1')).toBe('sk-1');
    expect(keyFor('https://evil.example.net/v1', 'https://api.example.org/v1', 'sk-1')).toBeUndefined();
    expect(keyFor('http://api.example.org/v1', 'https://api.example.org/v1', 'sk-1')).toBeUndefined();
    expect(keyFor('https://api.example.org/v1', undefined, 'sk-1')).toBeUndefined();
    expect(keyFor('not a url', 'https://api.example.org/v1', 'sk-1')).toBeUndefined();
  });

  it('masks keys to their last four characters, short ones entirely', () => {
    expect(maskSecret('sk-test-0123456789abcd')).toBe('••••abcd');
    expect(maskSecret('short')).toBe('••••');
    expect(maskSecret(undefined)).toBeNull();
  });

  it('takes no API key and requires what each provider needs', () => {
    const base = {
      queryParser: 'rules',
      llm: { baseUrl: null, model: null, temperature: 0, timeoutMs: 2500 },
      embeddingsProvider: 'local',
      embeddings: { baseUrl: null, model: null, dimensions: null },
    };
    expect(runtimeSettingsSchema.safeParse(base).success).toBe(true);
    expect(runtimeSettingsSchema.safeParse({ ...base, llm: { ...base.llm, apiKey: 'x' } }).success).toBe(false);
    const llm = runtimeSettingsSchema.safeParse({ ...base, queryParser: 'llm' });
    expect(llm.success ? [] : llm.error.issues.map((issue) => issue.path.join('.'))).toEqual(['llm.baseUrl', 'llm.model']);
    const openai = runtimeSettingsSchema.safeParse({ ...base, embeddingsProvider: 'openai', embeddings: { baseUrl: 'ftp://x', model: 'm', dimensions: 8 } });
    expect(openai.success).toBe(false);
  });
});
