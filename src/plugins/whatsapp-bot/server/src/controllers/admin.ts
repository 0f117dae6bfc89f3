import { errors } from '@strapi/utils';
import type { Context } from 'koa';

import { getService } from '../utils';
import { parseCommunityQuery, parseMessageId, parseMessageListQuery, parsePageQuery, parseSettingsBody } from '../validation/admin';

type Ability = { can(action: string, subject?: string): boolean };

/** Admins who may read members in the Content Manager see their names; others see pseudonyms. */
const maySeeMembers = (ctx: Context) =>
  Boolean((ctx.state.userAbility as Ability | undefined)?.can('plugin::content-manager.explorer.read', 'api::member.member'));

/** Super admins (who see every community: null) run the platform; operator details are theirs. */
const isOperator = (communityIds: number[] | null) => communityIds === null;

/** The communities the admin manages (null: every one, for a super admin), as the app decides. */
const managedCommunities = async (ctx: Context) => (await getService('host').tenancy().adminScope(ctx.state.user)).communityIds;

const adminController = () => ({
  async overview(ctx: Context) {
    const communityIds = await managedCommunities(ctx);
    ctx.body = { data: await getService('overview').forAdmin(communityIds, { operator: isOperator(communityIds), requestOrigin: ctx.origin }) };
  },

  async messages(ctx: Context) {
    const query = parseMessageListQuery(ctx.query);
    const communityIds = await managedCommunities(ctx);
    ctx.body = await getService('overview').messages(communityIds, { status: query.status }, query, maySeeMembers(ctx));
  },

  async conversations(ctx: Context) {
    const query = parsePageQuery(ctx.query);
    const communityIds = await managedCommunities(ctx);
    ctx.body = await getService('admin-views').conversations(communityIds, maySeeMembers(ctx), query);
  },

  async settings(ctx: Context) {
    const { communityId } = parseCommunityQuery(ctx.query);
    const communityIds = await managedCommunities(ctx);
    ctx.body = { data: await getService('admin-views').settings(communityId, communityIds, { operator: isOperator(communityIds) }) };
  },

  async updateSettings(ctx: Context) {
    const { communityId } = parseCommunityQuery(ctx.query);
    const update = parseSettingsBody(ctx.request.body);
    const communityIds = await managedCommunities(ctx);
    ctx.body = { data: await getService('admin-views').updateSettings(communityId, communityIds, update, { operator: isOperator(communityIds) }) };
  },

  async retry(ctx: Context) {
    const id = parseMessageId(ctx.params.id);
    const communityIds = await managedCommunities(ctx);
    const row = await getService('outbound').retryDeadLetter(id, communityIds);
    if (!row) throw new errors.NotFoundError('No dead letter with this id that you may retry (it may have been retried already)');
    ctx.body = { data: { id: row.id, status: row.status } };
  },
});

export default adminController;
