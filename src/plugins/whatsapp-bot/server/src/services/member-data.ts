import type { Core } from '@strapi/strapi';

import { createContactsRepository } from '../repositories/contacts';
import { createIntroductionsRepository } from '../repositories/introductions';
import { createOutboundRepository } from '../repositories/outbound';

/** A member's WhatsApp traces, for erasure: their contact record, introductions and the texts sent to them. */
const memberDataService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async forget(memberId: number) {
    const knex = strapi.db.connection;
    await createContactsRepository(knex).forgetMember(memberId);
    await createIntroductionsRepository(knex).forgetMember(memberId);
    await createOutboundRepository(knex).forgetMember(memberId);
  },
});

export type MemberDataService = ReturnType<typeof memberDataService>;

export default memberDataService;
