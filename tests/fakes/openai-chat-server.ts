import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local OpenAI-compatible `/v1/chat/completions` endpoint for tests: each request gets the
 * next scripted reply (content text, an HTTP status, or a delay), over real HTTP for the real SDK.
 */
export type ScriptedReply = { content?: string; status?: number; delayMs?: number };

export type FakeChatServer = {
  baseUrl: string;
  requests: Array<{ model: string; messages: Array<{ role: string; content: string }> }>;
  reply(next: ScriptedReply): void;
  close(): Promise<void>;
};

export const startFakeChatServer = async (): Promise<FakeChatServer> => {
  const queue: ScriptedReply[] = [];
  const requests: FakeChatServer['requests'] = [];
  const delays = new Set<NodeJS.Timeout>();
  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        delays.delete(timer);
        resolve();
      }, ms);
      delays.add(timer);
    });
  const server: Server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    requests.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
    const next = queue.shift() ?? { status: 500 };
    if (next.delayMs) await wait(next.delayMs);
    if (next.status && next.status >= 400) {
      response.writeHead(next.status, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ error: { message: 'scripted failure' } }));
      return;
    }
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.end(
      JSON.stringify({
        id: 'chatcmpl-test',
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: 'fake',
        choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: next.content ?? '' } }],
      })
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    reply: (next) => queue.push(next),
    close: () =>
      new Promise<void>((resolve) => {
        // A scripted delay must not outlive the test that asked for it.
        for (const timer of delays) clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
