import type { Core } from '@strapi/strapi';

/** The whatsapp-bot plugin's services the app itself calls. */
type MemberData = { forget(member: { id: number; phone: string; email?: string | null }): Promise<void> };

/** A member's WhatsApp traces, for erasure. */
export const whatsappMemberData = (strapi: Core.Strapi): MemberData => strapi.plugin('whatsapp-bot').service('member-data') as MemberData;
