export const PLUGIN_ID = 'billing';
