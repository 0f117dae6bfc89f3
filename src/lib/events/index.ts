export * from './catalogue';
export { emitEvent, onEvent, type EmitInput } from './bus';
export { emitImportedMemberEvents, registerMemberEvents } from './member-events';
