import type { Core } from '@strapi/strapi';

import * as messages from '../conversation/messages';
import type { WhatsappBotConfig } from '../config/schema';
import { createIntroductionsRepository } from '../repositories/introductions';
import { getService } from '../utils';
import { PLUGIN_ID } from '../utils/plugin-id';
import type { BotCommunity, BotMember } from './directory';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

export type IntroductionRequestResult = 'sent' | 'pending' | 'limit' | 'unreachable';

/**
 * Introductions with consent: contact details are swapped only after the asked member says yes.
 * A member is asked at most a few times a day, and an unanswered request lapses.
 */
const introductionsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get(`plugin::${PLUGIN_ID}`) as WhatsappBotConfig;
  const repository = () => createIntroductionsRepository(strapi.db.connection);

  return {
    async request(community: BotCommunity, requester: BotMember, target: BotMember): Promise<IntroductionRequestResult> {
      const now = new Date();
      const { expiryHours, maxRequestsPerTargetPerDay } = config().introductions;
      if (await repository().pendingBetween(community.id, requester.id, target.id, now)) return 'pending';
      const recent = await repository().requestsToTargetSince(community.id, target.id, new Date(now.getTime() - DAY_MS));
      if (recent >= maxRequestsPerTargetPerDay) return 'limit';

      const introduction = await repository().create({
        communityId: community.id,
        requesterMemberId: requester.id,
        targetMemberId: target.id,
        expiresAt: new Date(now.getTime() + expiryHours * HOUR_MS),
      });
      const templateSid = community.settings.templates.introductionRequest ?? getService('extensions').defaultTemplate('introductionRequest');
      const delivered = await getService('outbound').queueToMember(
        community.id,
        { memberId: target.id, phone: target.phone },
        messages.introductionRequest(requester, community.name, expiryHours),
        templateSid ? { contentSid: templateSid, variables: { '1': requester.name, '2': community.name } } : undefined
      );
      if (!delivered) {
        await repository().decide(introduction.id, 'declined', now);
        return 'unreachable';
      }
      return 'sent';
    },

    /**
     * The asked member's yes or no to their newest pending request; returns the texts for them,
     * or null when nothing awaits their answer.
     */
    async answer(community: BotCommunity, target: BotMember, accepted: boolean): Promise<string[] | null> {
      const now = new Date();
      const pending = await repository().latestPendingFor(community.id, target.id, now);
      if (!pending) return null;
      if (!(await repository().decide(pending.id, accepted ? 'accepted' : 'declined', now))) return null;
      const requester = await getService('directory').memberById(community.id, pending.requesterMemberId);
      if (!requester) return [messages.memberGone];
      const recipient = { memberId: requester.id, phone: requester.phone };

      if (!accepted) {
        await getService('outbound').queueToMember(community.id, recipient, messages.introductionDeclinedToRequester(target));
        return [messages.introductionDeclinedToTarget];
      }
      const templateSid = community.settings.templates.introductionAccepted ?? getService('extensions').defaultTemplate('introductionAccepted');
      await getService('outbound').queueToMember(
        community.id,
        recipient,
        messages.introductionAccepted(target),
        templateSid ? { contentSid: templateSid, variables: { '1': target.name, '2': target.phone, '3': target.email ?? '' } } : undefined
      );
      return [messages.introductionAccepted(requester)];
    },

    expireOld: () => repository().expireOld(new Date()),
  };
};

export type IntroductionsService = ReturnType<typeof introductionsService>;

export default introductionsService;
