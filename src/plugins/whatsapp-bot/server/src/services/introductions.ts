import { randomInt } from 'node:crypto';

import type { Core } from '@strapi/strapi';

import * as messages from '../conversation/messages';
import type { WhatsappBotConfig } from '../config/schema';
import { createIntroductionsRepository, type IntroductionRow } from '../repositories/introductions';
import { getService } from '../utils';
import { PLUGIN_ID } from '../utils/plugin-id';
import type { BotCommunity, BotMember } from './directory';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

export type IntroductionRequestResult = 'sent' | 'pending' | 'limit' | 'requester-limit' | 'unreachable';

/** A code the asked member repeats to answer ("yes 4821"), so an answer always names one request. */
const newCode = (taken: string[]) => {
  for (;;) {
    const code = String(randomInt(1000, 10_000));
    if (!taken.includes(code)) return code;
  }
};

/**
 * Introductions with consent: contact details are swapped only after the asked member answers
 * that very request with yes. Members are asked by a few people a day at most, a member asks a
 * limited number a day, and an unanswered request lapses.
 */
const introductionsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get(`plugin::${PLUGIN_ID}`) as WhatsappBotConfig;
  const repository = () => createIntroductionsRepository(strapi.db.connection);
  const template = (community: BotCommunity, name: 'introductionRequest' | 'introductionAccepted') =>
    community.settings.templates[name] ?? getService('extensions').defaultTemplate(name);

  /** Sends the asked member's card to the requester (who may be out of reach: then false). */
  const sendCardToRequester = (community: BotCommunity, requester: BotMember, target: BotMember) => {
    const templateSid = template(community, 'introductionAccepted');
    return getService('outbound').queueToMember(
      community.id,
      { memberId: requester.id, phone: requester.phone },
      messages.introductionAccepted(target),
      templateSid ? { contentSid: templateSid, variables: { '1': target.name, '2': target.phone, '3': target.email ?? '' } } : undefined
    );
  };

  return {
    async request(community: BotCommunity, requester: BotMember, target: BotMember): Promise<IntroductionRequestResult> {
      const now = new Date();
      const { expiryHours, maxRequestsPerTargetPerDay, maxRequestsPerRequesterPerDay } = config().introductions;
      const dayAgo = new Date(now.getTime() - DAY_MS);
      if (await repository().pendingBetween(community.id, requester.id, target.id, now)) return 'pending';
      if ((await repository().requestsByRequesterSince(community.id, requester.id, dayAgo)) >= maxRequestsPerRequesterPerDay) return 'requester-limit';
      if ((await repository().requestersOfTargetSince(community.id, target.id, dayAgo)) >= maxRequestsPerTargetPerDay) return 'limit';

      const code = newCode(await repository().pendingCodesFor(community.id, target.id, now));
      const introduction = await repository().create({
        communityId: community.id,
        requesterMemberId: requester.id,
        targetMemberId: target.id,
        code,
        expiresAt: new Date(now.getTime() + expiryHours * HOUR_MS),
      });
      const templateSid = template(community, 'introductionRequest');
      const delivered = await getService('outbound').queueToMember(
        community.id,
        { memberId: target.id, phone: target.phone },
        messages.introductionRequest(requester, community.name, expiryHours, code),
        templateSid ? { contentSid: templateSid, variables: { '1': requester.name, '2': community.name, '3': code } } : undefined
      );
      if (!delivered) {
        await repository().decide(introduction.id, 'undeliverable', now);
        return 'unreachable';
      }
      return 'sent';
    },

    /**
     * The asked member's answer to the request with this code; returns the texts for them, or
     * null when no pending request of theirs has it.
     */
    async answer(community: BotCommunity, target: BotMember, code: string, accepted: boolean): Promise<string[] | null> {
      const now = new Date();
      const pending = await repository().pendingByCode(community.id, target.id, code, now);
      if (!pending) return null;
      if (!(await repository().decide(pending.id, accepted ? 'accepted' : 'declined', now))) return null;
      const requester = await getService('directory').memberById(community.id, pending.requesterMemberId);
      if (!requester) return [messages.memberGone];

      if (!accepted) {
        await getService('outbound').queueToMember(community.id, { memberId: requester.id, phone: requester.phone }, messages.introductionDeclinedToRequester(target));
        return [messages.introductionDeclinedToTarget];
      }
      // Both cards go out together or not at all: never one side's details alone.
      if (!(await sendCardToRequester(community, requester, target))) return [messages.introductionAcceptedLater(requester)];
      await repository().markDelivered(pending.id, now);
      return [messages.introductionAccepted(requester)];
    },

    /** Introductions accepted while this requester was out of reach: swapped now that they wrote. */
    async deliverAccepted(community: BotCommunity, requester: BotMember): Promise<string[]> {
      const texts: string[] = [];
      for (const introduction of await repository().acceptedUndeliveredFor(community.id, requester.id)) {
        const target = await getService('directory').memberById(community.id, introduction.targetMemberId);
        if (!target || !(await repository().markDelivered(introduction.id, new Date()))) continue;
        texts.push(messages.introductionAccepted(target));
        await getService('outbound').queueToMember(community.id, { memberId: target.id, phone: target.phone }, messages.introductionAccepted(requester));
      }
      return texts;
    },

    /** Whether this member has a request waiting for their answer (to explain the code). */
    hasPending: async (community: BotCommunity, target: BotMember) =>
      (await repository().pendingCodesFor(community.id, target.id, new Date())).length > 0,

    expireOld: () => repository().expireOld(new Date()),
  };
};

export type IntroductionsService = ReturnType<typeof introductionsService>;

export type { IntroductionRow };

export default introductionsService;
