import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** Who and where a request acts, as far as it is known when a log line is written. */
export type RequestActor = {
  userId?: number | string;
  memberId?: string;
  apiTokenId?: number | string;
  adminId?: number | string;
  communityId?: number;
  community?: string;
};

export type RequestContext = {
  requestId: string;
  /** Read lazily: authentication and the tenancy policy run after the context is opened. */
  actor(): RequestActor;
};

const storage = new AsyncLocalStorage<RequestContext>();

/**
 * Characters a correlation id from a proxy or client may use; anything else (or a longer value)
 * is replaced, so a header cannot inject text into log lines or response headers.
 */
const SANE_REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** The caller's `X-Request-Id` when it is sane, else a fresh UUID. */
export const chooseRequestId = (header: string | string[] | undefined): string => {
  const candidate = Array.isArray(header) ? header[0] : header;
  return candidate && SANE_REQUEST_ID.test(candidate) ? candidate : randomUUID();
};

/** Runs `work` so every log line written inside it (also after awaits) carries the context. */
export const runWithRequestContext = <T>(context: RequestContext, work: () => T): T => storage.run(context, work);

export const currentRequestContext = (): RequestContext | undefined => storage.getStore();

/** The fields a log line gets from the current request: its id, and who acts where when known. */
export const currentLogContext = (): (RequestActor & { requestId: string }) | undefined => {
  const context = storage.getStore();
  if (!context) return undefined;
  let actor: RequestActor = {};
  try {
    actor = context.actor();
  } catch {
    // A half-built request state must never stop a log line.
  }
  return { requestId: context.requestId, ...actor };
};
