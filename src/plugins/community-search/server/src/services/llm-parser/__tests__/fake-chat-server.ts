import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ChatRequest = {
  authorization?: string;
  body: { model?: string; messages?: Array<{ role: string; content: string }>; response_format?: unknown };
};

/** What the fake does with one request: answer with this content, fail with a status, or hang. */
export type ChatBehaviour = { content: string } | { status: number } | { hangMs: number };

/** A local OpenAI-compatible `/v1/chat/completions` server for tests; it never leaves 127.0.0.1. */
export const startFakeChatServer = async () => {
  const requests: ChatRequest[] = [];
  let behaviour: ChatBehaviour = { content: '{}' };

  const server: Server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    if (request.method !== 'POST' || request.url !== '/v1/chat/completions') {
      response.writeHead(404).end();
      return;
    }
    requests.push({ authorization: request.headers.authorization, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
    const current = behaviour;
    if ('hangMs' in current) {
      // Stop waiting as soon as the client gives up, so no timer outlives the test.
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, current.hangMs);
        response.on('close', () => {
          clearTimeout(timer);
          resolve();
        });
      });
      if (!response.destroyed) response.writeHead(504).end();
      return;
    }
    if ('status' in current) {
      response.writeHead(current.status, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'boom' } }));
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        id: 'chatcmpl-test',
        object: 'chat.completion',
        created: 0,
        model: 'fake',
        choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: current.content } }],
      })
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    behave(next: ChatBehaviour) {
      behaviour = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
