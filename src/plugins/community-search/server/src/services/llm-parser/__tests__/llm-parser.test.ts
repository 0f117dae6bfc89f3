import type { CommunityVocabulary, ParseInput, QueryParser } from '../../query-parser/types';
import { createCircuitBreaker } from '../circuit-breaker';
import { createLlmParser } from '../llm-parser';
import { startFakeChatServer } from './fake-chat-server';

const vocabulary: CommunityVocabulary = {
  city: ['Chennai', 'Coimbatore', 'Mumbai'],
  state: ['Tamil Nadu'],
  country: ['India'],
  skills: ['Machine Learning', 'Artificial Intelligence', 'Audit'],
  industry: ['Information Technology'],
  designation: ['Founder', 'CTO'],
  organization: ['Zoho'],
  degree: ['B.E.'],
  branch: ['Computer Science'],
};

/** A stand-in for the rules parser that records that it answered. */
const fallback: QueryParser & { calls: number } = {
  name: 'rules',
  calls: 0,
  async parse(input: ParseInput) {
    this.calls += 1;
    return { parser: 'rules', filters: {}, text: input.text, matches: [] };
  },
};

describe('LLM query parser against a local OpenAI-compatible server', () => {
  let server: Awaited<ReturnType<typeof startFakeChatServer>>;

  beforeAll(async () => {
    server = await startFakeChatServer();
  });
  afterAll(async () => {
    await server.close();
  });
  beforeEach(() => {
    fallback.calls = 0;
    server.requests.length = 0;
  });

  const parser = (overrides: Partial<Parameters<typeof createLlmParser>[0]> = {}) =>
    createLlmParser({ baseUrl: server.baseUrl, apiKey: 'test-key', model: 'llama-3.1-8b', timeoutMs: 2000, temperature: 0, fallback, ...overrides });

  it('sends the query with the community vocabulary and keeps only values the community has', async () => {
    server.behave({
      content: JSON.stringify({
        filters: {
          city: ['chennai', 'Atlantis'],
          skills: ['Machine Learning', 'Artificial Intelligence'],
          graduationYear: { min: 1998, max: 1998 },
          annualTurnoverInr: { min: 20000000, max: null },
        },
        text: 'experts',
        terms: { 'Machine Learning': 'AI', 'Artificial Intelligence': 'AI' },
      }),
    });
    const result = await parser().parse({ text: 'AI experts in Chennai from batch of 98', vocabulary });

    expect(result.parser).toBe('llm');
    expect(result.filters).toEqual({
      city: ['Chennai'],
      skills: ['Machine Learning', 'Artificial Intelligence'],
      graduationYear: { min: 1998, max: 1998 },
      annualTurnoverInr: { min: 20000000 },
    });
    expect(result.text).toBe('experts Atlantis');
    expect(result.matches).toContainEqual({ field: 'skills', value: 'Machine Learning', term: 'AI' });
    expect(fallback.calls).toBe(0);

    const [request] = server.requests;
    expect(request.authorization).toBe('Bearer test-key');
    expect(request.body.model).toBe('llama-3.1-8b');
    expect(request.body.response_format).toEqual({ type: 'json_object' });
    expect(request.body.messages?.[0].content).toContain('Coimbatore');
    expect(request.body.messages?.[1]).toEqual({ role: 'user', content: 'AI experts in Chennai from batch of 98' });
  });

  it('accepts JSON wrapped in a Markdown fence', async () => {
    server.behave({ content: '```json\n{"filters": {"designation": ["Founder"]}, "text": ""}\n```' });
    const result = await parser().parse({ text: 'founders', vocabulary });
    expect(result.filters).toEqual({ designation: ['Founder'] });
  });

  it('falls back to the rules parser on invalid JSON', async () => {
    server.behave({ content: 'Sure! Here are the filters: city = Chennai' });
    const reasons: string[] = [];
    const result = await parser({ onFallback: (reason) => reasons.push(reason) }).parse({ text: 'Chennai', vocabulary });
    expect(result.parser).toBe('rules');
    expect(fallback.calls).toBe(1);
    expect(reasons).toEqual(['invalid JSON']);
  });

  it('falls back when the output does not match the schema', async () => {
    server.behave({ content: JSON.stringify({ filters: { city: 'Chennai' } }) });
    const result = await parser().parse({ text: 'Chennai', vocabulary });
    expect(result).toMatchObject({ parser: 'rules', fallbackReason: 'output does not match the schema' });
  });

  it('falls back on an HTTP error', async () => {
    server.behave({ status: 500 });
    const result = await parser().parse({ text: 'Chennai', vocabulary });
    expect(result.parser).toBe('rules');
    expect(result).toHaveProperty('fallbackReason', expect.stringMatching(/^error/));
  });

  it('falls back on timeout without waiting for the slow server', async () => {
    server.behave({ hangMs: 3000 });
    const started = Date.now();
    const result = await parser({ timeoutMs: 200 }).parse({ text: 'Chennai', vocabulary });
    expect(Date.now() - started).toBeLessThan(1500);
    expect(result.parser).toBe('rules');
  });

  it('stops calling a failing LLM for a cool-down after repeated failures, then tries again', async () => {
    let now = 0;
    const breaker = createCircuitBreaker({ failureThreshold: 2, coolDownMs: 10_000, now: () => now });
    const llm = parser({ breaker });
    server.behave({ status: 503 });
    await llm.parse({ text: 'a', vocabulary });
    await llm.parse({ text: 'b', vocabulary });
    expect(server.requests).toHaveLength(2);

    const skipped = await llm.parse({ text: 'c', vocabulary });
    expect(server.requests).toHaveLength(2);
    expect(skipped).toMatchObject({ parser: 'rules', fallbackReason: 'circuit open' });

    now = 10_001;
    server.behave({ content: '{"filters": {"city": ["Mumbai"]}, "text": ""}' });
    const recovered = await llm.parse({ text: 'Mumbai', vocabulary });
    expect(server.requests).toHaveLength(3);
    expect(recovered).toMatchObject({ parser: 'llm', filters: { city: ['Mumbai'] } });
    expect(breaker.state()).toEqual({ consecutiveFailures: 0, open: false });
  });
});
