/** Where koa-body keeps the unparsed body when `strapi::body` has `includeUnparsed: true`. */
const UNPARSED = Symbol.for('unparsedBody');

/**
 * The request body exactly as it was received, which signature checks need (a re-serialised JSON
 * body would not match). Text bodies are kept whole by the parser; JSON and form bodies keep their
 * raw text under koa-body's symbol. Undefined when the body was not kept.
 */
export const rawBodyOf = (request: { body?: unknown }): string | Buffer | undefined => {
  const { body } = request;
  if (typeof body === 'string') return body;
  if (body && typeof body === 'object') {
    const raw = (body as Record<symbol, unknown>)[UNPARSED];
    if (typeof raw === 'string' || Buffer.isBuffer(raw)) return raw;
  }
  return undefined;
};
