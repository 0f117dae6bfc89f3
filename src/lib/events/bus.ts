import { createEventBus, type EventPayloads } from '@community-connect/kit';

/** The app's bus over the event catalogue of @community-connect/kit; its warnings start `events:`. */
export const { emit: emitEvent, on: onEvent } = createEventBus<EventPayloads>('events');
