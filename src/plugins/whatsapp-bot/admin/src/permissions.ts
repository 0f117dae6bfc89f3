import { PLUGIN_ID } from './pluginId';

export const PERMISSIONS = {
  read: [{ action: `plugin::${PLUGIN_ID}.read`, subject: null }],
  manage: [{ action: `plugin::${PLUGIN_ID}.manage`, subject: null }],
};
