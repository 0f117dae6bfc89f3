import { AsyncLocalStorage } from 'node:async_hooks';

import type { Core } from '@strapi/strapi';

import type { EventListener, EventName, EventPayloads } from './catalogue';

/**
 * Listeners run in the context Strapi booted in, not the request's: a query a listener makes must
 * never join (or wait on) the transaction of the write that raised the event.
 */
const outsideRequests = AsyncLocalStorage.snapshot();

export type EmitInput<TName extends EventName> = Omit<EventPayloads[TName], 'occurredAt'> & { occurredAt?: string };

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Puts an event on Strapi's event hub without ever touching the caller: delivery waits for the
 * current transaction to commit (nothing is announced for a rolled-back write), happens after the
 * caller has moved on, and a listener that throws is logged, never rethrown.
 */
export const emitEvent = <TName extends EventName>(strapi: Core.Strapi, name: TName, input: EmitInput<TName>): void => {
  try {
    const payload = Object.freeze({ ...input, occurredAt: input.occurredAt ?? new Date().toISOString() }) as EventPayloads[TName];
    const deliver = () =>
      setImmediate(() =>
        outsideRequests(() => {
          Promise.resolve()
            .then(() => strapi.eventHub.emit(name, payload))
            .catch((error: unknown) => strapi.log.warn(`events: a listener of ${name} failed: ${describe(error)}`));
        })
      );
    if (strapi.db?.inTransaction()) {
      strapi.db
        .transaction(({ onCommit }) => {
          onCommit(deliver);
        })
        .catch((error: unknown) => strapi.log.warn(`events: ${name} could not be queued: ${describe(error)}`));
    } else {
      deliver();
    }
  } catch (error) {
    strapi.log.warn(`events: ${name} could not be emitted: ${describe(error)}`);
  }
};

/**
 * Subscribes to one event with the failure isolated: a listener that throws (or rejects) is
 * logged and the hub goes on to the next listener. Returns the function that unsubscribes.
 */
export const onEvent = <TName extends EventName>(strapi: Core.Strapi, name: TName, listener: EventListener<TName>): (() => void) => {
  const isolated = async (payload: EventPayloads[TName]) => {
    try {
      await listener(payload);
    } catch (error) {
      strapi.log.warn(`events: a listener of ${name} failed: ${describe(error)}`);
    }
  };
  strapi.eventHub.on(name, isolated);
  return () => strapi.eventHub.off(name, isolated);
};
