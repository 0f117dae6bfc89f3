import { createEventBus, type EventHost } from '../bus';
import { EVENT_NAMES, EVENTS, type EventPayloads } from '../catalogue';

const { emit: emitEvent, on: onEvent } = createEventBus<EventPayloads>('events');

/** Strapi's event hub semantics: listeners of an event run in order, each awaited. */
const createHub = () => {
  const listeners = new Map<string, Array<(...args: unknown[]) => unknown>>();
  return {
    on(name: string, listener: (...args: unknown[]) => unknown) {
      listeners.set(name, [...(listeners.get(name) ?? []), listener]);
      return () => this.off(name, listener);
    },
    off(name: string, listener: (...args: unknown[]) => unknown) {
      listeners.set(name, (listeners.get(name) ?? []).filter((candidate) => candidate !== listener));
    },
    async emit(name: string, ...args: unknown[]) {
      for (const listener of listeners.get(name) ?? []) await listener(...args);
    },
  };
};

const setup = ({ inTransaction = false } = {}) => {
  const warnings: string[] = [];
  const commits: Array<() => void> = [];
  const strapi = {
    eventHub: createHub(),
    log: { warn: (message: string) => warnings.push(message) },
    db: {
      inTransaction: () => inTransaction,
      transaction: async (work: (context: { onCommit(callback: () => void): void }) => unknown) => work({ onCommit: (callback) => commits.push(callback) }),
    },
  } satisfies EventHost;
  return { strapi, warnings, commits };
};

// Delivery runs in a setImmediate: wait for the check phase after it (a bare timer can fire
// first when the loop was busy), then let the listeners' promises settle.
const flush = () => new Promise((resolve) => setImmediate(() => setTimeout(resolve, 10)));

describe('event bus', () => {
  it('names every event of the catalogue once', () => {
    expect(EVENT_NAMES).toEqual([
      'member.created', 'member.updated', 'member.deleted', 'search.performed', 'whatsapp.message.received',
      'whatsapp.message.sent', 'subscription.changed', 'quota.warning', 'quota.exceeded',
    ]);
    expect(EVENTS.quotaExceeded).toBe('quota.exceeded');
  });

  it('delivers after the caller has moved on, a frozen payload with the time', async () => {
    const { strapi } = setup();
    const received: unknown[] = [];
    strapi.eventHub.on('member.created', (payload: unknown) => void received.push(payload));
    emitEvent(strapi, 'member.created', { communityId: 3, memberDocumentId: 'abc', source: 'document-service' });
    expect(received).toEqual([]);
    await flush();
    expect(received).toEqual([{ communityId: 3, memberDocumentId: 'abc', source: 'document-service', occurredAt: expect.any(String) }]);
    expect(Object.isFrozen(received[0])).toBe(true);
    expect(new Date((received[0] as { occurredAt: string }).occurredAt).getTime()).toBeGreaterThan(Date.now() - 5000);
  });

  it('never throws to the caller when a listener throws, synchronously or not; it logs the event name', async () => {
    const { strapi, warnings } = setup();
    strapi.eventHub.on('quota.warning', () => {
      throw new Error('sync bug');
    });
    expect(() => emitEvent(strapi, 'quota.warning', { communityId: 1, quota: 'searches', limit: 5, used: 4, threshold: 0.8, period: '2026-01' })).not.toThrow();
    await flush();
    const { strapi: other, warnings: otherWarnings } = setup();
    other.eventHub.on('quota.warning', async () => Promise.reject(new Error('async bug')));
    emitEvent(other, 'quota.warning', { communityId: 1, quota: 'searches', limit: 5, used: 4, threshold: 0.8, period: '2026-01' });
    await flush();
    expect(warnings).toEqual(['events: a listener of quota.warning failed: sync bug']);
    expect(otherWarnings).toEqual(['events: a listener of quota.warning failed: async bug']);
  });

  it('inside a transaction, waits for the commit (nothing for a rolled-back write)', async () => {
    const { strapi, commits } = setup({ inTransaction: true });
    const received: unknown[] = [];
    strapi.eventHub.on('member.deleted', (payload: unknown) => void received.push(payload));
    emitEvent(strapi, 'member.deleted', { communityId: 1, memberDocumentId: 'x', source: 'document-service' });
    await flush();
    expect(received).toEqual([]);
    expect(commits).toHaveLength(1);
    commits[0]();
    await flush();
    expect(received).toHaveLength(1);
  });

  it('onEvent isolates a listener: the next one still runs, and it can unsubscribe', async () => {
    const { strapi, warnings } = setup();
    const seen: string[] = [];
    const off = onEvent(strapi, 'search.performed', () => {
      throw new Error('listener bug');
    });
    onEvent(strapi, 'search.performed', (payload) => void seen.push(payload.channel));
    const event = { communityId: 1, channel: 'api' as const, memberDocumentId: null, parser: 'rules', total: 1, returned: 1, page: 1, noCloseMatch: false, followUp: false, relaxed: [], tookMs: 3 };
    emitEvent(strapi, 'search.performed', event);
    await flush();
    expect(seen).toEqual(['api']);
    expect(warnings).toEqual(['events: a listener of search.performed failed: listener bug']);
    off();
    emitEvent(strapi, 'search.performed', event);
    await flush();
    expect(seen).toEqual(['api', 'api']);
    expect(warnings).toHaveLength(1);
  });
});
