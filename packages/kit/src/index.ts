export { isServiceUnavailableError, unavailableServiceOf } from './service-unavailable';
export { runSteps, type Steps, type UndoFailure } from './steps';
export * from './events/catalogue';
export { createEventBus, type EmitInput, type EventHost, type EventMap, type Listener } from './events/bus';
