import type { Core } from '@strapi/strapi';

import { getService } from '../utils';

const pingController = (_context: { strapi: Core.Strapi }) => ({
  async index(ctx: { body: unknown }) {
    ctx.body = { data: getService('plugin-info').describe() };
  },
});

export default pingController;
