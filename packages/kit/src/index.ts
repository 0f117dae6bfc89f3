export { isServiceUnavailableError, unavailableServiceOf } from './service-unavailable';
export { runSteps, type Steps, type UndoFailure } from './steps';
export * from './errors';
export * from './messages';
