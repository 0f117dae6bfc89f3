import { factories } from '@strapi/strapi';

const scoped = { policies: ['global::resolve-community'] };

export default factories.createCoreRouter('api::member.member', {
  config: {
    find: scoped,
    findOne: scoped,
    create: scoped,
    update: scoped,
    delete: scoped,
  },
});
