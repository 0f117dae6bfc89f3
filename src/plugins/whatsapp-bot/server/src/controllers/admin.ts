import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';

import { getService } from '../utils';
import { communitiesOfAdmin } from '../utils/admin-scope';
import { parseMessageListQuery, parseMessageId } from '../validation/admin';

const adminController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async overview(ctx: Context) {
    const communityIds = await communitiesOfAdmin(strapi, ctx.state.user);
    ctx.body = { data: await getService('overview').forAdmin(communityIds) };
  },

  async messages(ctx: Context) {
    const query = parseMessageListQuery(ctx.query);
    const communityIds = await communitiesOfAdmin(strapi, ctx.state.user);
    ctx.body = await getService('overview').messages(communityIds, { status: query.status }, query);
  },

  async retry(ctx: Context) {
    const id = parseMessageId(ctx.params.id);
    const communityIds = await communitiesOfAdmin(strapi, ctx.state.user);
    const row = await getService('outbound').retryDeadLetter(id, communityIds);
    if (!row) throw new errors.NotFoundError('No dead letter with this id that you may retry (it may have been retried already)');
    ctx.body = { data: { id: row.id, status: row.status } };
  },
});

export default adminController;
