import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local HTTP endpoint that records the JSON posted to it (a stand-in for a CRM's webhook), and
 * can be told to fail. Listens on 127.0.0.1 only.
 */
export type WebhookReceiver = {
  url: string;
  received: Array<{ headers: Record<string, string | string[] | undefined>; body: unknown; raw: string }>;
  /** Answers the next `count` posts with this status. */
  failNext(count: number, status?: number): void;
  waitFor(predicate: (body: unknown) => boolean, timeoutMs?: number): Promise<unknown>;
  close(): Promise<void>;
};

export const startWebhookReceiver = async (): Promise<WebhookReceiver> => {
  const received: WebhookReceiver['received'] = [];
  let failures: { count: number; status: number } = { count: 0, status: 500 };
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown = raw;
      try {
        body = JSON.parse(raw);
      } catch {
        // Not JSON: kept as text.
      }
      received.push({ headers: request.headers, body, raw });
      if (failures.count > 0) {
        failures = { ...failures, count: failures.count - 1 };
        response.writeHead(failures.status).end('{"error":"down"}');
        return;
      }
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/crm`,
    received,
    failNext(count, status = 500) {
      failures = { count, status };
    },
    async waitFor(predicate, timeoutMs = 8000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = received.find((entry) => predicate(entry.body));
        if (found) return found.body;
        if (Date.now() > deadline) throw new Error(`No matching webhook within ${timeoutMs} ms (got ${received.length})`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};
