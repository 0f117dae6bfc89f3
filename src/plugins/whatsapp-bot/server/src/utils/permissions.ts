import { PLUGIN_ID } from './plugin-id';

export const PERMISSIONS = {
  read: `plugin::${PLUGIN_ID}.read`,
  manage: `plugin::${PLUGIN_ID}.manage`,
} as const;

export const PERMISSION_ACTIONS = [
  { section: 'plugins', displayName: 'View the WhatsApp bot', uid: 'read', pluginName: PLUGIN_ID },
  { section: 'plugins', displayName: 'Manage the WhatsApp bot (settings, retries)', uid: 'manage', pluginName: PLUGIN_ID },
];
