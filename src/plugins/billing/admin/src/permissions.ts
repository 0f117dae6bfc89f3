/** The billing page's permissions (registered by the server in `register`). */
export const PERMISSIONS = {
  read: [{ action: 'plugin::billing.read', subject: null }],
  manage: [{ action: 'plugin::billing.manage', subject: null }],
};
