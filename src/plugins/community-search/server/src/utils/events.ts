import { createEventBus, type EventPayloads, type SearchPerformedEvent } from '@community-connect/kit';

export type { SearchPerformedEvent };

/** The events community-search emits; payloads as declared in the app's catalogue (@community-connect/kit). */
export type CommunitySearchEvents = Pick<EventPayloads, 'search.performed'>;

export const { emit: emitEvent } = createEventBus<CommunitySearchEvents>('community-search');
