import * as Sentry from '@sentry/node';

import { redactText, redactValue } from '@community-connect/kit';
import type { RequestActor } from './request-context';

export type ErrorTrackingSettings = {
  dsn?: string;
  environment: string;
  release?: string;
  /** Report crashes (uncaught exceptions, unhandled rejections) too; off under Jest, which shares `process`. */
  processHandlers: boolean;
};

/** Headers worth seeing next to an error; everything else (authorization, cookies, ...) is left out. */
const KEPT_HEADERS = new Set(['user-agent', 'content-type', 'content-length', 'accept', 'x-request-id', 'x-community']);

type SentryEvent = Sentry.Event;

const keepHeaders = (headers: Record<string, unknown> | undefined) => {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (KEPT_HEADERS.has(name.toLowerCase()) && typeof value === 'string') kept[name.toLowerCase()] = redactText(value);
  }
  return kept;
};

/**
 * What may leave for Sentry: no bodies, cookies, query strings or credentials, no phone numbers or
 * e-mail addresses anywhere (messages, stack traces, breadcrumbs, contexts), and of the user only
 * an id. Applied to every event (`beforeSend`), also those the SDK builds itself.
 */
export const scrubEvent = <T extends SentryEvent>(event: T): T => {
  const scrubbed = redactValue(event) as T;
  if (event.request) {
    const url = typeof event.request.url === 'string' ? redactText(event.request.url.split('?')[0]) : undefined;
    scrubbed.request = {
      ...(event.request.method ? { method: event.request.method } : {}),
      ...(url ? { url } : {}),
      headers: keepHeaders(event.request.headers as Record<string, unknown> | undefined),
    };
  }
  if (event.user) {
    scrubbed.user = event.user.id !== undefined ? { id: String(event.user.id) } : undefined;
  }
  // Local variables hold whatever the code held (bodies, phones): never sent.
  for (const exception of scrubbed.exception?.values ?? []) {
    for (const frame of exception.stacktrace?.frames ?? []) delete frame.vars;
  }
  return scrubbed;
};

const scrubBreadcrumb = (breadcrumb: Sentry.Breadcrumb): Sentry.Breadcrumb => redactValue(breadcrumb) as Sentry.Breadcrumb;

let active = false;

/** Starts Sentry when a DSN is configured; returns whether it did. */
export const initErrorTracking = (settings: ErrorTrackingSettings): boolean => {
  if (!settings.dsn || active) return active;
  Sentry.initWithoutDefaultIntegrations({
    dsn: settings.dsn,
    environment: settings.environment,
    release: settings.release,
    // Sentry 11's form of `sendDefaultPii: false`: no user info, cookies, headers, bodies, query
    // strings, query data or local variables are collected by the SDK itself.
    dataCollection: {
      userInfo: false,
      cookies: false,
      httpHeaders: false,
      httpBodies: [],
      urlQueryParams: false,
      databaseQueryData: false,
      queues: false,
      stackFrameVariables: false,
      genAI: { inputs: false, outputs: false },
      mcp: { inputs: false, outputs: false },
      graphQL: { document: false, variables: false },
    },
    // Errors only: no performance tracing, no OpenTelemetry set-up, no automatic request capture.
    enableOpenTelemetrySetup: false,
    integrations: [
      Sentry.eventFiltersIntegration(),
      Sentry.functionToStringIntegration(),
      Sentry.linkedErrorsIntegration(),
      Sentry.dedupeIntegration(),
      Sentry.nodeContextIntegration(),
      ...(settings.processHandlers
        ? [Sentry.onUncaughtExceptionIntegration(), Sentry.onUnhandledRejectionIntegration({ mode: 'strict' })]
        : []),
    ],
    beforeSend: (event) => scrubEvent(event),
    beforeBreadcrumb: (breadcrumb) => scrubBreadcrumb(breadcrumb),
  });
  active = true;
  return true;
};

export const errorTrackingActive = () => active;

export type RequestErrorContext = {
  requestId?: string;
  method: string;
  route?: string;
  /** Path without the query string. */
  path: string;
  origin: string;
  userAgent?: string;
  actor: RequestActor;
};

/** Reports an error that became a 500, with what identifies the request (never its body or who by name). */
export const captureRequestError = (error: unknown, context: RequestErrorContext) => {
  if (!active) return;
  Sentry.withScope((scope) => {
    if (context.requestId) scope.setTag('request_id', context.requestId);
    scope.setTag('method', context.method);
    if (context.route) scope.setTag('route', context.route);
    if (context.actor.community) scope.setTag('community', context.actor.community);
    const userId = context.actor.userId ?? context.actor.adminId;
    if (userId !== undefined) scope.setUser({ id: String(userId) });
    scope.setContext('actor', {
      ...(context.actor.memberId ? { memberId: context.actor.memberId } : {}),
      ...(context.actor.apiTokenId !== undefined ? { apiTokenId: context.actor.apiTokenId } : {}),
      ...(context.actor.communityId !== undefined ? { communityId: context.actor.communityId } : {}),
    });
    scope.addEventProcessor((event) => ({
      ...event,
      request: {
        method: context.method,
        url: `${context.origin}${context.path}`,
        headers: {
          ...(context.userAgent ? { 'user-agent': context.userAgent } : {}),
          ...(context.requestId ? { 'x-request-id': context.requestId } : {}),
        },
      },
    }));
    Sentry.captureException(error);
  });
};

/** Sends what is queued (at most `timeoutMs`), e.g. on shutdown. */
export const closeErrorTracking = async (timeoutMs = 2000) => {
  if (!active) return;
  active = false;
  await Sentry.close(timeoutMs);
};
