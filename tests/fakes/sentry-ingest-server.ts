import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';

/** One item of a Sentry envelope: its header (type) and its JSON payload. */
export type EnvelopeItem = { type: string; payload: Record<string, unknown> };

export type FakeSentry = {
  /** A DSN pointing the real Sentry SDK at this server (project 1). */
  dsn: string;
  /** Every item received, in order; `events` are the error events. */
  items: EnvelopeItem[];
  events(): Array<Record<string, unknown>>;
  /** Raw request bodies, to check that nothing personal went out in any form. */
  raw: string[];
  close(): Promise<void>;
};

/** A local stand-in for Sentry's ingest endpoint (`POST /api/<project>/envelope/`), over real HTTP. */
export const startFakeSentry = async (): Promise<FakeSentry> => {
  const items: EnvelopeItem[] = [];
  const raw: string[] = [];
  const server: Server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    let body = Buffer.concat(chunks);
    if (request.headers['content-encoding'] === 'gzip') body = gunzipSync(body);
    const text = body.toString('utf8');
    raw.push(text);
    if (request.method === 'POST' && /^\/api\/\d+\/envelope\/?/.test(request.url ?? '')) {
      // Envelope: a header line, then (item header line, payload line) pairs.
      const lines = text.split('\n').filter((line) => line.trim() !== '');
      for (let index = 1; index + 1 < lines.length; index += 2) {
        const header = JSON.parse(lines[index]) as { type: string };
        let payload: Record<string, unknown> = {};
        try {
          payload = JSON.parse(lines[index + 1]) as Record<string, unknown>;
        } catch {
          // Attachments and other binary items are not JSON.
        }
        items.push({ type: header.type, payload });
      }
    }
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    dsn: `http://publickey@127.0.0.1:${port}/1`,
    items,
    events: () => items.filter((item) => item.type === 'event').map((item) => item.payload),
    raw,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};
