import { factories } from '@strapi/strapi';

// A fresh object per route: Strapi writes each route's auth scope into its config object, and a
// shared one gave every route the first route's scope (read-only tokens could then write).
const scoped = () => ({ policies: ['global::resolve-community'] });

export default factories.createCoreRouter('api::member.member', {
  config: {
    find: scoped(),
    findOne: scoped(),
    create: scoped(),
    update: scoped(),
    delete: scoped(),
  },
});
