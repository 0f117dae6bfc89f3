import type { Core } from '@strapi/strapi';

import type { WhatsappBotConfig } from '../config/schema';
import { createContactsRepository } from '../repositories/contacts';
import { getService } from '../utils';
import { PLUGIN_ID } from '../utils/plugin-id';
import { maskPhone, redactContacts } from '../utils/phone';

const DAY_MS = 86_400_000;

/** What an admin sees of the bot: is it connected, is it answering, what failed. */
const overviewService = ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * `operator` (super admins): also how the platform is wired (webhook URLs, queue). A community's
   * admin cannot act on those, so their answer leaves them out. `requestOrigin`: where the admin
   * reached the app, used for the webhook URLs when publicUrlFromRequest.
   */
  async forAdmin(communityIds: number[] | null, { operator, requestOrigin }: { operator: boolean; requestOrigin?: string }) {
    const config = strapi.config.get(`plugin::${PLUGIN_ID}`) as WhatsappBotConfig;
    const base = (config.publicUrlFromRequest && requestOrigin ? requestOrigin : config.publicUrl).replace(/\/+$/, '');
    const since = new Date(Date.now() - 7 * DAY_MS);
    const communities = (await strapi.db.query('api::community.community').findMany({
      select: ['id', 'name', 'slug', 'whatsappNumber'],
      where: communityIds ? { id: { $in: communityIds } } : {},
      orderBy: { name: 'asc' },
    })) as Array<{ id: number; name: string; slug: string; whatsappNumber: string | null }>;
    const [queue, lastInboundAt, outbound, activeConversations] = await Promise.all([
      operator ? getService('queues').health() : null,
      getService('inbound').lastReceivedAt(communityIds),
      getService('outbound').stats(communityIds, since),
      createContactsRepository(strapi.db.connection).activeCount(communityIds, new Date(Date.now() - config.conversation.ttlMinutes * 60_000)),
    ]);
    return {
      configured: Boolean(config.twilioAccountSid && config.twilioAuthToken),
      ...(operator
        ? {
            webhookUrl: `${base}/api/${PLUGIN_ID}/webhook`,
            statusCallbackUrl: `${base}/api/${PLUGIN_ID}/status`,
            queue,
          }
        : {}),
      communities: communities.map((community) => ({ ...community, whatsappNumber: community.whatsappNumber })),
      lastInboundAt,
      lastOutboundAt: outbound.lastSentAt,
      messagesLast7Days: outbound.byStatus,
      deadLetters: outbound.byStatus.dead ?? 0,
      activeConversations,
    };
  },

  /** Dead letters and recent messages for admins: numbers masked, bodies shortened. */
  async messages(
    communityIds: number[] | null,
    filter: { status?: 'dead' | 'sent' | 'delivered' | 'read' | 'failed' | 'queued' },
    page: { page: number; pageSize: number },
    showMembers: boolean
  ) {
    const { rows, total } = await getService('outbound').list(
      { communityIds, status: filter.status },
      { limit: page.pageSize, offset: (page.page - 1) * page.pageSize }
    );
    return {
      data: rows.map((row) => ({
        id: row.id,
        communityId: row.communityId,
        kind: row.kind,
        to: maskPhone(row.toPhone),
        // Replies name members: admins who may not see members get only the size.
        preview: row.body
          ? showMembers
            ? redactContacts(row.body.length > 80 ? `${row.body.slice(0, 79)}…` : row.body)
            : `${row.kind}, ${row.body.length} characters`
          : row.contentSid
            ? `template ${row.contentSid}`
            : null,
        status: row.status,
        attempts: row.attempts,
        error: row.lastError ? redactContacts(row.lastError) : null,
        errorCode: row.errorCode,
        createdAt: row.createdAt,
        updatedAt: row.updatedAt,
        retryable: row.status === 'dead' && row.toPhone !== null,
      })),
      meta: { page: page.page, pageSize: page.pageSize, total },
    };
  },
});

export type OverviewService = ReturnType<typeof overviewService>;

export default overviewService;
