export const PLUGIN_ID = 'community-search';
