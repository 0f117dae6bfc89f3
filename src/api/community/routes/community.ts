import { factories } from '@strapi/strapi';

/** The community list and its writes span tenants: platform operators' tokens only. */
// A fresh object per route: Strapi writes each route's auth scope into its config object.
const platformOnly = () => ({ policies: ['global::platform-token'] });

export default factories.createCoreRouter('api::community.community', {
  config: {
    find: platformOnly(),
    findOne: platformOnly(),
    create: platformOnly(),
    update: platformOnly(),
    delete: platformOnly(),
  },
});
