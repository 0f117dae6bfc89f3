import type { Core } from '@strapi/strapi';

import { readWhatsappSettings, type WhatsappSettings } from '../utils/community-settings';

const COMMUNITY_UID = 'api::community.community';
const MEMBER_UID = 'api::member.member';

export type BotCommunity = {
  id: number;
  documentId: string;
  slug: string;
  name: string;
  plan: string;
  accountStatus: string;
  whatsappNumber: string;
  settings: WhatsappSettings;
};

export type BotMember = {
  id: number;
  documentId: string;
  name: string;
  phone: string;
  email: string | null;
  city: string | null;
  state: string | null;
  country: string | null;
  organization: string | null;
  designation: string | null;
  industry: string | null;
  skills: string[];
  degree: string | null;
  branch: string | null;
  graduationYear: number | null;
  bio: string | null;
  linkedinUrl: string | null;
  contactVisibility: 'members' | 'admins';
  directoryVisible: boolean;
  /**
   * The app's verdict on the member's phone (false: a landline or unallocated number, which phone
   * login refuses); null on rows the app has not classified yet.
   */
  canReceiveCodes: boolean | null;
  userId: number | null;
};

type CommunityRow = Omit<BotCommunity, 'settings'> & { settings: unknown; isActive: boolean };
type MemberRow = Omit<BotMember, 'userId' | 'skills'> & { skills: unknown; user?: { id: number } | null };

const COMMUNITY_FIELDS = ['id', 'documentId', 'slug', 'name', 'plan', 'accountStatus', 'whatsappNumber', 'settings', 'isActive'];
const MEMBER_FIELDS = [
  'id',
  'documentId',
  'name',
  'phone',
  'email',
  'city',
  'state',
  'country',
  'organization',
  'designation',
  'industry',
  'skills',
  'degree',
  'branch',
  'graduationYear',
  'bio',
  'linkedinUrl',
  'contactVisibility',
  'directoryVisible',
  'canReceiveCodes',
];

const toCommunity = (row: CommunityRow | null): BotCommunity | null =>
  row && row.isActive && row.whatsappNumber
    ? {
        id: row.id,
        documentId: row.documentId,
        slug: row.slug,
        name: row.name,
        plan: row.plan,
        accountStatus: row.accountStatus,
        whatsappNumber: row.whatsappNumber,
        settings: readWhatsappSettings(row.settings),
      }
    : null;

const toMember = (row: MemberRow | null): BotMember | null => {
  if (!row) return null;
  const { user, skills, ...rest } = row;
  return { ...rest, skills: Array.isArray(skills) ? skills.map(String) : [], userId: user?.id ?? null };
};

/**
 * The webhook only needs to know which community a number belongs to, and Twilio may post
 * hundreds of messages a second: a few seconds of caching keeps that off the database. The
 * worker reads the community afresh, so a change (suspension, new number) is never missed there.
 */
const ROUTING_CACHE_TTL_MS = 5_000;
const ROUTING_CACHE_MAX = 1_000;

/**
 * The bot's read access to the directory (the host app's community and member content types).
 * Only active members of the community the message came in on are ever returned.
 */
const directoryService = ({ strapi }: { strapi: Core.Strapi }) => {
  const routing = new Map<string, { community: BotCommunity | null; expiresAt: number }>();
  return {
    async communityByNumber(whatsappNumber: string): Promise<BotCommunity | null> {
      const row = (await strapi.db
        .query(COMMUNITY_UID)
        .findOne({ select: COMMUNITY_FIELDS, where: { whatsappNumber } })) as CommunityRow | null;
      return toCommunity(row);
    },

    async routeNumber(whatsappNumber: string): Promise<BotCommunity | null> {
      const cached = routing.get(whatsappNumber);
      if (cached && cached.expiresAt > Date.now()) return cached.community;
      const community = await this.communityByNumber(whatsappNumber);
      if (routing.size >= ROUTING_CACHE_MAX) routing.clear();
      routing.set(whatsappNumber, { community, expiresAt: Date.now() + ROUTING_CACHE_TTL_MS });
      return community;
    },

    async communityById(id: number): Promise<BotCommunity | null> {
      const row = (await strapi.db.query(COMMUNITY_UID).findOne({ select: COMMUNITY_FIELDS, where: { id } })) as CommunityRow | null;
      return toCommunity(row);
    },

    async memberByPhone(communityId: number, phone: string): Promise<BotMember | null> {
      const row = (await strapi.db.query(MEMBER_UID).findOne({
        select: MEMBER_FIELDS,
        where: { phone, isActive: true, community: { id: communityId } },
        populate: { user: { select: ['id'] } },
      })) as MemberRow | null;
      return toMember(row);
    },

    async memberById(communityId: number, id: number): Promise<BotMember | null> {
      const row = (await strapi.db.query(MEMBER_UID).findOne({
        select: MEMBER_FIELDS,
        where: { id, isActive: true, community: { id: communityId } },
        populate: { user: { select: ['id'] } },
      })) as MemberRow | null;
      return toMember(row);
    },

    /** A member others may see in the directory (listed and active). */
    async listedMember(communityId: number, documentId: string): Promise<BotMember | null> {
      const row = (await strapi.db.query(MEMBER_UID).findOne({
        select: MEMBER_FIELDS,
        where: { documentId, isActive: true, directoryVisible: true, community: { id: communityId } },
        populate: { user: { select: ['id'] } },
      })) as MemberRow | null;
      return toMember(row);
    },
  };
};

export type DirectoryService = ReturnType<typeof directoryService>;

export default directoryService;
