// The public types of the plugin's server API (docs/extending.md).
export * from './dist/server/src/index';
export { default } from './dist/server/src/index';
