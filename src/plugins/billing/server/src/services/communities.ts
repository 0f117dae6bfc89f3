import type { Core } from '@strapi/strapi';

const COMMUNITY_UID = 'api::community.community';
const FIELDS = ['id', 'documentId', 'slug', 'name', 'plan', 'accountStatus', 'isActive'];

export type BillingCommunity = {
  id: number;
  documentId: string;
  slug: string;
  name: string;
  plan: string;
  accountStatus: 'active' | 'suspended' | string;
  isActive: boolean;
};

/** The app's communities as billing reads and changes them (plan and account status only). */
const communitiesService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async findById(id: number): Promise<BillingCommunity | null> {
    return (await strapi.db.query(COMMUNITY_UID).findOne({ select: FIELDS, where: { id } })) as BillingCommunity | null;
  },

  async findByDocumentId(documentId: string): Promise<BillingCommunity | null> {
    return (await strapi.db.query(COMMUNITY_UID).findOne({ select: FIELDS, where: { documentId } })) as BillingCommunity | null;
  },

  async findMany(where: Record<string, unknown>): Promise<BillingCommunity[]> {
    return (await strapi.db.query(COMMUNITY_UID).findMany({ select: FIELDS, where, orderBy: { name: 'asc' } })) as BillingCommunity[];
  },

  /**
   * Changes plan and/or account status through the document service, so the app's rules run:
   * a new plan brings its limits (community rules) and the change is audited.
   */
  async update(community: BillingCommunity, data: { plan?: string; accountStatus?: 'active' | 'suspended' }): Promise<void> {
    if (Object.keys(data).length === 0) return;
    await strapi.documents(COMMUNITY_UID).update({ documentId: community.documentId, data } as never);
  },
});

export type CommunitiesService = ReturnType<typeof communitiesService>;

export default communitiesService;
