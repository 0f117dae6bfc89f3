export const PLUGIN_ID = 'billing';

/** Admin-panel permission actions (registered in `register`, before the admin cleans unknown ones). */
export const ADMIN_ACTIONS = {
  read: `plugin::${PLUGIN_ID}.read`,
  manage: `plugin::${PLUGIN_ID}.manage`,
} as const;
