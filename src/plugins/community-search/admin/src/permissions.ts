import { PLUGIN_ID } from './pluginId';

const action = (uid: string) => ({ action: `plugin::${PLUGIN_ID}.${uid}`, subject: null });

/** The plugin's admin actions (registered by the server's bootstrap), as the panel checks them. */
export const PERMISSIONS = {
  dashboard: [action('dashboard.read')],
  analytics: [action('analytics.read')],
  analyticsExport: [action('analytics.export')],
  settings: [action('settings.read')],
  settingsUpdate: [action('settings.update')],
  synonymsUpdate: [action('synonyms.update')],
  reindex: [action('index.reindex')],
  membersImport: [action('members.import')],
  membersExport: [action('members.export')],
};
