import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedEmbeddingRequest {
  authorization: string | undefined;
  body: { model?: string; input?: string[]; dimensions?: number; encoding_format?: string };
}

/** What the fake answers to one request: a status and a JSON body, and optionally extra headers. */
export interface FakeReply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export type FakeResponder = (
  request: RecordedEmbeddingRequest,
  requestNumber: number,
) => FakeReply | Promise<FakeReply>;

export interface FakeOpenAIServer {
  baseUrl: string;
  requests: RecordedEmbeddingRequest[];
  respondWith(responder: FakeResponder): void;
  close(): Promise<void>;
}

/** A deterministic, deliberately not normalised vector for `text`. */
export function fakeVector(text: string, dimensions: number): number[] {
  return Array.from(
    { length: dimensions },
    (_, i) => ((text.charCodeAt(i % Math.max(text.length, 1)) || 7) % 13) + i + 1,
  );
}

export function embeddingsReply(
  request: RecordedEmbeddingRequest,
  dimensions = request.body.dimensions ?? 8,
): FakeReply {
  const input = request.body.input ?? [];
  return {
    status: 200,
    body: {
      object: 'list',
      model: request.body.model,
      // Reversed, as the API does not promise any order other than by `index`.
      data: input
        .map((text, index) => ({ object: 'embedding', index, embedding: fakeVector(text, dimensions) }))
        .reverse(),
      usage: { prompt_tokens: input.length, total_tokens: input.length },
    },
  };
}

async function readJson(request: IncomingMessage): Promise<RecordedEmbeddingRequest['body']> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as RecordedEmbeddingRequest['body'];
}

function send(response: ServerResponse, reply: FakeReply): void {
  response.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
  response.end(JSON.stringify(reply.body));
}

/** An OpenAI-compatible POST /v1/embeddings on 127.0.0.1 that checks the bearer token and records each request. */
export async function startFakeOpenAIServer(apiKey: string): Promise<FakeOpenAIServer> {
  const requests: RecordedEmbeddingRequest[] = [];
  let responder: FakeResponder = (request) => embeddingsReply(request);

  const server: Server = createServer((request, response) => {
    void (async () => {
      if (request.method !== 'POST' || request.url !== '/v1/embeddings') {
        send(response, { status: 404, body: { error: { message: `No route ${request.method} ${request.url}` } } });
        return;
      }
      const recorded = { authorization: request.headers.authorization, body: await readJson(request) };
      requests.push(recorded);
      if (recorded.authorization !== `Bearer ${apiKey}`) {
        send(response, {
          status: 401,
          body: { error: { message: 'Incorrect API key provided', type: 'invalid_request_error' } },
        });
        return;
      }
      send(response, await responder(recorded, requests.length));
    })().catch((error: unknown) => send(response, { status: 599, body: { error: { message: String(error) } } }));
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    respondWith(next) {
      responder = next;
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
