import { createHash } from 'node:crypto';

import type { Core } from '@strapi/strapi';

import { parseCommand, type Command } from '../conversation/commands';
import * as messages from '../conversation/messages';
import { clearState, loadState, saveState, type ConversationState } from '../conversation/state';
import type { WhatsappBotConfig } from '../config/schema';
import { createContactsRepository, type ContactRow } from '../repositories/contacts';
import type { InboundRow } from '../repositories/inbound';
import { getService } from '../utils';
import { PLUGIN_ID } from '../utils/plugin-id';
import type { BotCommunity, BotMember } from './directory';
import type { HostTenant, SearchAnswer } from './host';

/** The app's errors a member may read: the message is meant for people, not a stack trace. */
const PEOPLE_ERRORS = new Set(['ValidationError', 'NotFoundError', 'RateLimitError', 'QuotaExceeded', 'ApplicationError', 'ForbiddenError', 'PolicyError']);
const isPeopleError = (error: unknown): error is Error & { details?: Record<string, unknown> } =>
  error instanceof Error && PEOPLE_ERRORS.has(error.name);

/** Results numbered across pages stay addressable ("7" after "more"), up to this many. */
const MAX_REMEMBERED_RESULTS = 50;
/** community-search serves at most this many results deep (page × pageSize), to every channel alike. */
const MAX_SEARCH_DEPTH = 1000;
const UNDO_MINUTES = 10;

type Turn = {
  community: BotCommunity;
  member: BotMember;
  contact: ContactRow;
  state: ConversationState;
  replies: string[];
};

/**
 * The conversation state machine: one inbound message in, the member's replies out (queued as
 * one batch so they arrive in order). State lives in the app's store (Redis when configured)
 * for 30 minutes after the last message.
 */
const conversationService = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get(`plugin::${PLUGIN_ID}`) as WhatsappBotConfig;
  const contacts = () => createContactsRepository(strapi.db.connection);
  const host = () => getService('host');

  const tenantOf = ({ community, member }: Turn): HostTenant => ({
    community: {
      id: community.id,
      documentId: community.documentId,
      slug: community.slug,
      name: community.name,
      plan: community.plan,
      accountStatus: community.accountStatus,
    },
    access: 'member',
    memberDocumentId: member.documentId,
  });
  const requesterOf = (turn: Turn) => ({ key: `member:${turn.member.documentId}` });

  /** Once per strangerReplyHours, like a stranger: every further message would only repeat it. */
  const answerCannotReceiveCodes = async (community: BotCommunity, member: BotMember, phone: string) => {
    const first = await host().store().claim(`wa:no-codes:${community.id}:${member.id}`, config().strangerReplyHours * 3600);
    if (first) await getService('outbound').queueText(community.id, { memberId: member.id, phone }, messages.cannotReceiveCodes(community.name), 'reply');
  };

  const answerStranger = async (community: BotCommunity, phone: string) => {
    const digest = createHash('sha256').update(phone).digest('hex').slice(0, 32);
    const first = await host().store().claim(`wa:stranger:${community.id}:${digest}`, config().strangerReplyHours * 3600);
    if (first) await getService('outbound').queueText(community.id, { memberId: null, phone }, messages.strangerReply(community.name), 'stranger');
  };

  /** Runs a search for the member (limits, quota, paging) and remembers the results; null when refused. */
  const runSearch = async (turn: Turn, text: string, continueLast: boolean): Promise<SearchAnswer | null> => {
    const { community, member, state } = turn;
    if (community.accountStatus === 'suspended') {
      turn.replies.push(messages.suspended(community.name));
      return null;
    }
    const { resultsPerPage, historySize } = config().conversation;
    const previous = state.results;
    const page = continueLast && previous ? previous.page + 1 : 1;

    try {
      // The same hourly allowance as API searches, per member account; a further page counts too
      // (each runs a deeper search), the community's monthly quota only counts new questions.
      await host().rateLimits().enforce('search', `user:${member.userId ?? member.documentId}`);
    } catch (error) {
      if (error instanceof Error && error.name === 'RateLimitError') {
        const seconds = Number((error as { details?: { retryAfterSeconds?: number } }).details?.retryAfterSeconds ?? 3600);
        turn.replies.push(messages.rateLimited(Math.max(1, Math.ceil(seconds / 60))));
        return null;
      }
      throw error;
    }
    // Counted against the member's share of the month too, the same share as their API searches.
    const requester = { memberDocumentId: member.documentId };
    if (!continueLast) {
      try {
        await host().quotas().consumeSearch({ id: community.id }, requester);
      } catch (error) {
        if (error instanceof Error && error.name === 'QuotaExceeded') {
          const details = (error as { details?: { quota?: string; used?: number; limit?: number; renewsOn?: string } }).details;
          turn.replies.push(
            details?.quota === 'memberSearches' && details.limit !== undefined && details.renewsOn !== undefined
              ? messages.memberShareExceeded(community.name, details.used ?? details.limit, details.limit, details.renewsOn)
              : messages.quotaExceeded(community.name)
          );
          return null;
        }
        throw error;
      }
    }

    let answer: SearchAnswer;
    try {
      answer = await host().search({
        communityId: community.id,
        text,
        page,
        pageSize: resultsPerPage,
        memberDocumentId: member.documentId,
        sessionId: 'whatsapp',
        continueLast,
      });
    } catch (error) {
      if (!continueLast) await host().quotas().refundSearch({ id: community.id }, requester);
      if (isPeopleError(error)) {
        turn.replies.push(error.message);
        return null;
      }
      throw error;
    }

    const seen = continueLast && previous ? previous.documentIds : [];
    state.results = {
      text,
      page,
      pageSize: resultsPerPage,
      total: answer.meta.total,
      documentIds: [...seen, ...answer.data.map((hit) => hit.documentId)].slice(0, MAX_REMEMBERED_RESULTS),
    };
    if (!continueLast) state.recentQueries = [...state.recentQueries, text].slice(-historySize);
    return answer;
  };

  const search = async (turn: Turn, text: string, continueLast: boolean) => {
    const answer = await runSearch(turn, text, continueLast);
    if (!answer) return;
    const custom = getService('extensions').formatter('searchResults', turn.community.slug);
    turn.replies.push(custom ? custom(answer, { continuing: continueLast, communitySlug: turn.community.slug }) : messages.searchResults(answer, continueLast));
  };

  /** A command another plugin registered; its failure is the member's "sorry", never a broken turn. */
  const runExtensionCommand = async (turn: Turn, text: string): Promise<boolean> => {
    const found = getService('extensions').commandFor(text);
    if (!found) return false;
    const { command, match } = found;
    const memory = (turn.state.extensions ??= {});
    const { userId: _userId, ...member } = turn.member;
    try {
      await command.handle({
        community: { id: turn.community.id, documentId: turn.community.documentId, slug: turn.community.slug, name: turn.community.name },
        member,
        text,
        match,
        reply: (reply: string) => void turn.replies.push(String(reply)),
        search: (query: string) => runSearch(turn, query, false),
        memory: { get: () => memory[command.name], set: (value: unknown) => void (memory[command.name] = value) },
      });
    } catch (error) {
      strapi.log.error(`whatsapp-bot: command "${command.name}" failed: ${(error as Error).message}`);
      turn.replies.push(messages.somethingWentWrong);
    }
    return true;
  };

  const resultAt = async (turn: Turn, index: number): Promise<BotMember | null> => {
    const ids = turn.state.results?.documentIds ?? [];
    if (ids.length === 0) {
      turn.replies.push(messages.noResultsOnScreen);
      return null;
    }
    if (index < 1 || index > ids.length) {
      turn.replies.push(messages.notInList(ids.length));
      return null;
    }
    const listed = await getService('directory').listedMember(turn.community.id, ids[index - 1]);
    if (!listed) turn.replies.push(messages.memberGone);
    return listed;
  };

  const showDetails = async (turn: Turn, index: number) => {
    if (turn.community.accountStatus === 'suspended') return turn.replies.push(messages.suspended(turn.community.name));
    const shown = await resultAt(turn, index);
    if (!shown) return;
    const showContact = host().tenancy().mayViewContact({ access: 'member', memberDocumentId: turn.member.documentId }, shown);
    const custom = getService('extensions').formatter('memberDetails', turn.community.slug);
    turn.replies.push(custom ? custom(shown, { number: index, showContact, communitySlug: turn.community.slug }) : messages.memberDetails(shown, index, showContact));
  };

  const connect = async (turn: Turn, index: number) => {
    if (turn.community.accountStatus === 'suspended') return turn.replies.push(messages.suspended(turn.community.name));
    const target = await resultAt(turn, index);
    if (!target) return;
    if (target.id === turn.member.id) return turn.replies.push(messages.introductionToSelf);
    const result = await getService('introductions').request(turn.community, turn.member, target);
    const texts = {
      sent: messages.introductionSent,
      pending: messages.introductionAlreadyPending,
      limit: messages.introductionLimit,
      'requester-limit': () => messages.introductionRequesterLimit,
      unreachable: messages.introductionUnreachable,
    };
    turn.replies.push(texts[result](target));
  };

  const proposeUpdate = async (turn: Turn, text: string) => {
    try {
      const proposal = await host().nlUpdate().propose({
        tenant: tenantOf(turn),
        requester: requesterOf(turn),
        memberDocumentId: turn.member.documentId,
        text,
      });
      turn.state.awaiting = { kind: 'update-confirmation', token: proposal.token, requiresCode: proposal.requiresCode };
      turn.replies.push(messages.updateProposal(proposal.summary, proposal.requiresCode));
    } catch (error) {
      if (!isPeopleError(error)) throw error;
      turn.replies.push(`${error.message}. Try e.g. *update my city to Pune* or *add Python to my skills*.`.replace('.. ', '. '));
    }
  };

  const confirmUpdate = async (turn: Turn, token: string, code?: string) => {
    turn.state.awaiting = undefined;
    try {
      const applied = await host().nlUpdate().confirm({ tenant: tenantOf(turn), requester: requesterOf(turn), token, code });
      turn.state.undoToken = applied.undoToken;
      turn.replies.push(messages.updateApplied(applied.field, applied.after, UNDO_MINUTES));
    } catch (error) {
      if (!isPeopleError(error)) throw error;
      turn.replies.push(error.message);
    }
  };

  const undo = async (turn: Turn) => {
    const token = turn.state.undoToken;
    if (!token) return turn.replies.push(messages.nothingToUndo);
    turn.state.undoToken = undefined;
    try {
      const undone = await host().nlUpdate().undo({ tenant: tenantOf(turn), requester: requesterOf(turn), token });
      turn.replies.push(messages.updateUndone(undone.field));
    } catch (error) {
      if (!isPeopleError(error)) throw error;
      turn.replies.push(error.name === 'NotFoundError' ? messages.nothingToUndo : error.message);
    }
  };

  const answerYesNo = async (turn: Turn, yes: boolean, code: string | undefined) => {
    if (code) {
      const answered = await getService('introductions').answer(turn.community, turn.member, code, yes);
      if (answered) return turn.replies.push(...answered);
      return turn.replies.push(`There’s no open introduction request with the code ${code}.`);
    }
    const awaiting = turn.state.awaiting;
    if (awaiting?.kind === 'update-confirmation') {
      if (!yes) {
        turn.state.awaiting = undefined;
        return turn.replies.push(messages.updateCancelled);
      }
      if (awaiting.requiresCode) return turn.replies.push('Please reply with the 6-digit code sent to your new number, or *no* to cancel.');
      return confirmUpdate(turn, awaiting.token);
    }
    // Consent to share contacts is never read from a bare "yes": it must name the request.
    if (await getService('introductions').hasPending(turn.community, turn.member)) return turn.replies.push(messages.introductionNeedsCode);
    turn.replies.push(messages.nothingToConfirm);
  };

  /** Communities that ask for it confirm the number by SMS code before the first use; true once confirmed. */
  const verifyNumber = async (turn: Turn, command: Command, phone: string): Promise<boolean> => {
    if (command.kind === 'code' && turn.state.awaiting?.kind === 'verification-code') {
      try {
        await host().otp().verifyCode(phone, command.code);
      } catch (error) {
        if (!isPeopleError(error)) throw error;
        turn.replies.push(error.name === 'RateLimitError' ? error.message : messages.verificationFailed);
        return false;
      }
      await contacts().markVerified(turn.community.id, turn.member.id);
      turn.state.awaiting = undefined;
      turn.replies.push(messages.verified(turn.community.name));
      return true;
    }
    try {
      await host().otp().requestCode(phone, `whatsapp:${phone}`);
    } catch (error) {
      if (!isPeopleError(error)) throw error;
      turn.replies.push(error.message);
      return false;
    }
    turn.state.awaiting = { kind: 'verification-code' };
    turn.replies.push(messages.verificationNeeded);
    return false;
  };

  const dispatch = async (turn: Turn, command: Command) => {
    switch (command.kind) {
      case 'empty':
        return turn.replies.push(messages.emptyMessage);
      case 'greeting':
        return turn.replies.push(messages.greeting(turn.community.name, turn.community.settings.greeting));
      case 'help':
        return turn.replies.push([messages.help(turn.community.name), ...getService('extensions').helpLines()].join('\n'));
      case 'start':
        return turn.replies.push(messages.optedIn(turn.community.name));
      case 'stop':
        return; // handled before: stop needs no state
      case 'more': {
        const results = turn.state.results;
        if (!results) return turn.replies.push(messages.noResultsOnScreen);
        if (results.page * results.pageSize >= results.total) return turn.replies.push(messages.noMoreResults);
        if ((results.page + 1) * results.pageSize > MAX_SEARCH_DEPTH) return turn.replies.push(messages.deepestPageReached(results.page * results.pageSize));
        return search(turn, results.text, true);
      }
      case 'details':
        return showDetails(turn, command.index);
      case 'connect':
        return connect(turn, command.index);
      case 'yes':
        return answerYesNo(turn, true, command.code);
      case 'no':
        return answerYesNo(turn, false, command.code);
      case 'undo':
        return undo(turn);
      case 'code': {
        const awaiting = turn.state.awaiting;
        if (awaiting?.kind === 'update-confirmation' && awaiting.requiresCode) return confirmUpdate(turn, awaiting.token, command.code);
        return turn.replies.push(messages.nothingToConfirm);
      }
      case 'update':
        if (await runExtensionCommand(turn, command.text)) return;
        return proposeUpdate(turn, command.text);
      case 'search':
        if (await runExtensionCommand(turn, command.text)) return;
        if (command.text.length > 500) return turn.replies.push('Please keep questions under 500 characters.');
        return search(turn, command.text, false);
    }
  };

  return {
    async handle(message: InboundRow) {
      const community = await getService('directory').communityById(message.communityId);
      const phone = message.fromPhone;
      // The community dropped its number since the message came in: nobody to answer as.
      if (!community || !phone) return;
      const member = await getService('directory').memberByPhone(community.id, phone);
      if (!member) return answerStranger(community, phone);
      // Phone login refuses such a number (the app's rule, kept on the member as canReceiveCodes):
      // the bot treats it the same way.
      if (member.canReceiveCodes === false) return answerCannotReceiveCodes(community, member, phone);

      const { contact, firstContact } = await contacts().touchInbound(community.id, member.id, new Date(message.receivedAt));
      const command = parseCommand(message.body ?? '');
      const recipient = { memberId: member.id, phone };
      const reply = (texts: string[], kind: 'reply' | 'opt-out' = 'reply') =>
        texts.length > 0 ? getService('outbound').queueTexts(community.id, recipient, texts, kind) : undefined;

      // Opted out: only "start" is heard, and nothing else is sent.
      if (contact.optedOutAt) {
        if (command.kind !== 'start') return;
        await contacts().setOptedOut(community.id, member.id, false);
        await reply([messages.optedIn(community.name)], 'opt-out');
        return;
      }
      if (command.kind === 'stop') {
        await contacts().setOptedOut(community.id, member.id, true);
        await clearState(host().store(), community.id, member.id);
        await reply([messages.optedOut], 'opt-out');
        return;
      }

      const turn: Turn = { community, member, contact, state: await loadState(host().store(), community.id, member.id), replies: [] };
      // The SMS check comes before anything that shows directory data (contact cards included):
      // whoever holds this WhatsApp account has not yet proved they hold the member's SIM.
      if (community.settings.requireOtp && !contact.verifiedAt) {
        const verified = await verifyNumber(turn, command, phone);
        if (verified) turn.replies.push(...(await getService('introductions').deliverAccepted(community, member)));
      } else {
        // Introductions accepted while this member was out of reach: both cards go out now.
        turn.replies.push(...(await getService('introductions').deliverAccepted(community, member)));
        if (firstContact) turn.replies.push(messages.greeting(community.name, community.settings.greeting));
        const greetedAlready = firstContact && (command.kind === 'greeting' || command.kind === 'empty');
        if (message.numMedia > 0 && command.kind === 'empty') turn.replies.push(messages.mediaNotSupported);
        else if (!greetedAlready) {
          await dispatch(turn, command);
          if (message.numMedia > 0) turn.replies.push(messages.mediaNotSupported);
        }
      }
      await saveState(host().store(), community.id, member.id, turn.state, config().conversation.ttlMinutes);
      await reply(turn.replies);
    },
  };
};

export type ConversationService = ReturnType<typeof conversationService>;

export default conversationService;
