export { emitEvent, onEvent } from './bus';
export { emitImportedMemberEvents, registerMemberEvents } from './member-events';
