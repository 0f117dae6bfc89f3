import { AsyncLocalStorage } from 'node:async_hooks';

import type { EventBase } from './catalogue';

/** What the hub calls a listener with: the payload, as `emit` passed it. */
type HubListener = (...args: unknown[]) => Promise<void>;

/**
 * The parts of Strapi the bus uses (a `Core.Strapi` fits): the kit does not depend on Strapi, so
 * it names what it needs instead of importing the type.
 */
export type EventHost = {
  eventHub: {
    emit(name: string, ...args: unknown[]): unknown;
    on(name: string, listener: HubListener): unknown;
    off(name: string, listener: HubListener): unknown;
  };
  db?: {
    inTransaction(): boolean;
    transaction(work: (context: { onCommit(callback: () => void): void }) => unknown): PromiseLike<unknown>;
  } | null;
  log: { warn(message: string): unknown };
};

/** A map from event name to payload (the app's `EventPayloads`, or a plugin's part of it). */
export type EventMap = { [name: string]: EventBase };

export type EmitInput<TPayload extends EventBase> = Omit<TPayload, 'occurredAt'> & { occurredAt?: string };

/** Its result is ignored (awaited when it is a promise). */
export type Listener<TPayload> = (payload: TPayload) => unknown;

/**
 * Listeners run in the context the process started in, not the request's: a query a listener
 * makes must never join (or wait on) the transaction of the write that raised the event.
 */
const outsideRequests = AsyncLocalStorage.snapshot();

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The event bus of one package over Strapi's event hub; `logPrefix` starts its warnings
 * (`events`, `billing`, …).
 *
 * `emit` never touches the caller: delivery waits for the current transaction to commit (nothing
 * is announced for a rolled-back write), happens after the caller has moved on, and a listener
 * that throws is logged, never rethrown. `on` subscribes with the failure isolated: a listener
 * that throws (or rejects) is logged and the hub goes on to the next one; it returns the function
 * that unsubscribes.
 */
export const createEventBus = <TEvents extends EventMap>(logPrefix: string) => {
  const emit = <TName extends keyof TEvents & string>(host: EventHost, name: TName, input: EmitInput<TEvents[TName]>): void => {
    try {
      const payload = Object.freeze({ ...input, occurredAt: input.occurredAt ?? new Date().toISOString() });
      const deliver = () =>
        setImmediate(() =>
          outsideRequests(() => {
            Promise.resolve()
              .then(() => host.eventHub.emit(name, payload))
              .catch((error: unknown) => host.log.warn(`${logPrefix}: a listener of ${name} failed: ${describe(error)}`));
          })
        );
      if (host.db?.inTransaction()) {
        Promise.resolve(
          host.db.transaction(({ onCommit }) => {
            onCommit(deliver);
          })
        ).catch((error: unknown) => host.log.warn(`${logPrefix}: ${name} could not be queued: ${describe(error)}`));
      } else {
        deliver();
      }
    } catch (error) {
      host.log.warn(`${logPrefix}: ${name} could not be emitted: ${describe(error)}`);
    }
  };

  const on = <TName extends keyof TEvents & string>(host: EventHost, name: TName, listener: Listener<TEvents[TName]>): (() => void) => {
    const isolated: HubListener = async (...args) => {
      try {
        await listener(args[0] as TEvents[TName]);
      } catch (error) {
        host.log.warn(`${logPrefix}: a listener of ${name} failed: ${describe(error)}`);
      }
    };
    host.eventHub.on(name, isolated);
    return () => void host.eventHub.off(name, isolated);
  };

  return { emit, on };
};
