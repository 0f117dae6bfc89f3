import { factories } from '@strapi/strapi';

/**
 * Reading only, and granted to no users-permissions role: entries are written by the app, and
 * admins read them in the admin panel. Writes through the document service are refused anyway.
 */
export default factories.createCoreRouter('api::audit-log.audit-log', {
  only: ['find', 'findOne'],
  // Entries span communities: over REST only for platform operators' tokens.
  config: { find: { policies: ['global::platform-token'] }, findOne: { policies: ['global::platform-token'] } },
});
