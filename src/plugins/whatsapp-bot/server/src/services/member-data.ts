import type { Core } from '@strapi/strapi';

import { clearState } from '../conversation/state';
import { CONTACTS_TABLE } from '../repositories/schema';
import { createContactsRepository } from '../repositories/contacts';
import { createIntroductionsRepository } from '../repositories/introductions';
import { createOutboundRepository } from '../repositories/outbound';
import { getService } from '../utils';
import { mentionsContact } from '../utils/contact-mentions';

/**
 * A member's WhatsApp traces, for erasure: their contact record and conversation memory,
 * introductions, the texts sent to them and any text that carried their contact details.
 */
const memberDataService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async forget(member: { id: number; communityId: number; phone: string; nationalNumber?: string | null; email?: string | null }) {
    const knex = strapi.db.connection;
    const communities = (await knex(CONTACTS_TABLE).select('community_id').where({ member_id: member.id })) as Array<{ community_id: number }>;
    for (const { community_id: communityId } of communities) await clearState(getService('host').store(), communityId, member.id);
    await createContactsRepository(knex).forgetMember(member.id);
    await createIntroductionsRepository(knex).forgetMember(member.id);
    const contact = { phone: member.phone, nationalNumber: member.nationalNumber, email: member.email };
    await createOutboundRepository(knex).forgetMember(member.id, member.communityId, (texts) => mentionsContact(texts, contact));
  },
});

export type MemberDataService = ReturnType<typeof memberDataService>;

export default memberDataService;
