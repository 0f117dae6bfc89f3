import { createOpenAIEmbeddingProvider, EmbeddingRequestError, type OpenAIEmbeddingOptions } from '../openai';
import { cosineSimilarity } from '../vector-math';
import { embeddingsReply, fakeVector, startFakeOpenAIServer, type FakeOpenAIServer } from './fake-openai-server';

const API_KEY = 'test-key-123';
const MODEL = 'text-embedding-3-small';
const DIMENSIONS = 8;

const norm = (vector: number[]) => Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0));

describe('OpenAI embedding provider against a local fake server', () => {
  let server: FakeOpenAIServer;

  beforeAll(async () => {
    server = await startFakeOpenAIServer(API_KEY);
  });

  afterAll(() => server.close());

  beforeEach(() => {
    server.requests.length = 0;
    server.respondWith((request) => embeddingsReply(request));
  });

  function provider(overrides: Partial<OpenAIEmbeddingOptions> = {}) {
    return createOpenAIEmbeddingProvider({
      baseUrl: server.baseUrl,
      apiKey: API_KEY,
      model: MODEL,
      dimensions: DIMENSIONS,
      maxRetries: 0,
      timeoutMs: 5000,
      ...overrides,
    });
  }

  it('describes itself', () => {
    const embeddings = provider();
    expect(embeddings.name).toBe('openai');
    expect(embeddings.model).toBe(MODEL);
    expect(embeddings.dimensions).toBe(DIMENSIONS);
  });

  it('sends the key, model, texts and dimensions, and returns unit vectors in input order', async () => {
    const vectors = await provider().embed(['alpha', 'beta']);

    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request.authorization).toBe(`Bearer ${API_KEY}`);
    expect(request.body).toEqual({
      model: MODEL,
      input: ['alpha', 'beta'],
      dimensions: DIMENSIONS,
      encoding_format: 'float',
    });

    expect(vectors).toHaveLength(2);
    vectors.forEach((vector, i) => {
      expect(vector).toHaveLength(DIMENSIONS);
      expect(norm(vector)).toBeCloseTo(1, 12);
      expect(cosineSimilarity(vector, fakeVector(['alpha', 'beta'][i], DIMENSIONS))).toBeCloseTo(1, 12);
    });
  });

  it('splits many texts into batches of 96 and keeps their order', async () => {
    const texts = Array.from({ length: 200 }, (_, i) => `member ${i}`);
    const vectors = await provider().embed(texts);

    expect(server.requests.map((request) => request.body.input?.length)).toEqual([96, 96, 8]);
    expect(server.requests.flatMap((request) => request.body.input)).toEqual(texts);
    expect(vectors).toHaveLength(200);
    vectors.forEach((vector, i) =>
      expect(cosineSimilarity(vector, fakeVector(texts[i], DIMENSIONS))).toBeCloseTo(1, 12),
    );
  });

  it('honours a custom batch size', async () => {
    await provider({ batchSize: 2 }).embed(['a', 'b', 'c']);
    expect(server.requests.map((request) => request.body.input)).toEqual([['a', 'b'], ['c']]);
  });

  it('sends no request for no texts', async () => {
    await expect(provider().embed([])).resolves.toEqual([]);
    expect(server.requests).toHaveLength(0);
  });

  it('rejects vectors whose length differs from the configured dimensions', async () => {
    server.respondWith((request) => embeddingsReply(request, DIMENSIONS + 4));
    await expect(provider().embed(['alpha'])).rejects.toThrow(
      /returned 12-dimensional vectors, but 8 dimensions are configured/,
    );
  });

  it('rejects an answer with fewer vectors than texts', async () => {
    server.respondWith((request) => {
      const reply = embeddingsReply(request);
      (reply.body as { data: unknown[] }).data.pop();
      return reply;
    });
    await expect(provider().embed(['alpha', 'beta'])).rejects.toThrow(/returned 1 vectors for 2 texts/);
  });

  it('rejects a zero vector, which has no direction', async () => {
    server.respondWith((request) => ({
      status: 200,
      body: { object: 'list', data: [{ object: 'embedding', index: 0, embedding: new Array(DIMENSIONS).fill(0) }] },
    }));
    await expect(provider().embed(['alpha'])).rejects.toThrow(/zero or non-numeric vector/);
  });

  it('surfaces an HTTP 500 as an error with its status', async () => {
    server.respondWith(() => ({
      status: 500,
      body: { error: { message: 'upstream exploded', type: 'server_error' } },
    }));
    const failure = provider().embed(['alpha']);
    await expect(failure).rejects.toBeInstanceOf(EmbeddingRequestError);
    await expect(failure).rejects.toMatchObject({
      status: 500,
      message: expect.stringMatching(/failed: 500 upstream exploded/),
    });
    expect(server.requests).toHaveLength(1);
  });

  it('surfaces a wrong API key as a 401', async () => {
    await expect(provider({ apiKey: 'wrong' }).embed(['alpha'])).rejects.toMatchObject({ status: 401 });
  });

  it('retries a failed request when retries are allowed', async () => {
    server.respondWith((request, requestNumber) =>
      // retry-after-ms keeps the SDK's back-off short in this test.
      requestNumber === 1
        ? { status: 500, body: { error: { message: 'try again' } }, headers: { 'retry-after-ms': '10' } }
        : embeddingsReply(request),
    );
    const vectors = await provider({ maxRetries: 1 }).embed(['alpha']);
    expect(vectors).toHaveLength(1);
    expect(server.requests).toHaveLength(2);
  });

  it('gives up after the timeout', async () => {
    server.respondWith(
      (request) => new Promise((resolve) => setTimeout(() => resolve(embeddingsReply(request)), 1000)),
    );
    const startedAt = Date.now();
    // Under Jest the SDK cannot recognise the abort (it comes from another realm), so it may report
    // a connection error instead of "Request timed out"; what matters is that it stops waiting.
    await expect(provider({ timeoutMs: 100 }).embed(['alpha'])).rejects.toMatchObject({
      name: 'EmbeddingRequestError',
      status: undefined,
      message: expect.stringMatching(/failed: (Request timed out|Connection error)/),
    });
    expect(Date.now() - startedAt).toBeLessThan(900);
  });

  it('rejects unusable options when created', () => {
    expect(() => provider({ baseUrl: '' })).toThrow(/baseUrl/);
    expect(() => provider({ model: '' })).toThrow(/model/);
    expect(() => provider({ dimensions: 0 })).toThrow(/dimensions/);
    expect(() => provider({ batchSize: 0 })).toThrow(/batchSize/);
  });
});
