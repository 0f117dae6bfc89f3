import type { Core } from '@strapi/strapi';

/** The whatsapp-bot plugin's services the app itself calls. */
type MemberData = {
  /** `nationalNumber` lets texts that wrote the number without its country code be recognised too. */
  forget(member: { id: number; communityId: number; phone: string; nationalNumber?: string | null; email?: string | null }): Promise<void>;
};

/** A member's WhatsApp traces, for erasure. */
export const whatsappMemberData = (strapi: Core.Strapi): MemberData => strapi.plugin('whatsapp-bot').service('member-data') as MemberData;
