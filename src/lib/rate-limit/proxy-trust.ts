import type { Context } from 'koa';

type WarnLog = { warn(message: string): void };

export const UNTRUSTED_FORWARDING_WARNING =
  'Requests carry X-Forwarded-For but TRUST_PROXY is not set: every client behind the proxy shares one per-IP rate limit. Set TRUST_PROXY=true (and TRUST_PROXY_HOPS) when the app runs behind a reverse proxy.';

let seenUntrustedForwarding = false;

/**
 * Notes a request that came through a proxy the app does not trust (X-Forwarded-For present,
 * TRUST_PROXY off): per-IP limits then see the proxy's address for every client. Warned once
 * per process; GET /health reports it from then on.
 */
export const noteForwardedRequest = (ctx: Context, log: WarnLog): void => {
  if (seenUntrustedForwarding || ctx.app.proxy || ctx.get('X-Forwarded-For') === '') return;
  seenUntrustedForwarding = true;
  log.warn(UNTRUSTED_FORWARDING_WARNING);
};

/** The warning for /health, once an untrusted forwarded request has been seen. */
export const proxyTrustWarning = (): string | null => (seenUntrustedForwarding ? UNTRUSTED_FORWARDING_WARNING : null);
