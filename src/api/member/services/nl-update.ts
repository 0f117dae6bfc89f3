import { randomBytes } from 'node:crypto';

import { safeParseForPeople } from '@community-connect/kit';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { z } from 'zod';

import type { Tenant } from '../../community/services/tenancy';
import { memberFieldsSchema } from '../../../lib/member-input';
import { createLlmUpdateParser, type UpdateParser } from '../../../lib/nl-update/llm-update-parser';
import { parseProfileUpdate, type ProfileChange, type ProfileField } from '../../../lib/nl-update/rules-parser';
import { toMobileE164 } from '../../../lib/phone';
import { getAppService } from '../../../lib/services';

const MEMBER_UID = 'api::member.member';
const PROPOSAL_TTL_SECONDS = 600;
/** The longest request read, on every channel (the REST body schema holds the same limit). */
export const MAX_UPDATE_TEXT_LENGTH = 500;
const UNDO_TTL_SECONDS = 600;

type HeaderTarget = { set(name: string, value: string): void };

/** Who asked, so only they can confirm or undo: a member's account or an API token. */
export type Requester = { key: string };

type Proposal = {
  memberDocumentId: string;
  communityId: number;
  requester: string;
  field: ProfileField;
  change: ProfileChange;
  before: unknown;
  after: unknown;
};

type UndoRecord = Omit<Proposal, 'change'>;

export type ProposalView = {
  token: string;
  parser: 'rules' | 'llm';
  summary: string;
  change: ProfileChange;
  field: ProfileField;
  before: unknown;
  after: unknown;
  requiresCode: boolean;
  expiresInSeconds: number;
};

const LABELS: Partial<Record<ProfileField, string>> = {
  graduationYear: 'graduation year',
  linkedinUrl: 'LinkedIn URL',
  directoryVisible: 'directory listing',
  contactVisibility: 'contact visibility',
};
const label = (field: ProfileField) => LABELS[field] ?? field;

const show = (value: unknown) => {
  if (value === null || value === undefined || value === '') return '(empty)';
  if (Array.isArray(value)) return value.length > 0 ? value.join(', ') : '(none)';
  if (typeof value === 'boolean') return value ? 'shown' : 'hidden';
  return String(value);
};

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((item, index) => item === b[index]);

const newToken = () => randomBytes(18).toString('base64url');

/** Applies add/remove to a skills list, case-insensitively, keeping the member's own spelling. */
const changedSkills = (current: string[], change: ProfileChange): string[] => {
  const lower = (value: string) => value.toLowerCase();
  if (change.action === 'add') {
    const known = new Set(current.map(lower));
    return [...current, ...change.value.filter((skill) => !known.has(lower(skill)))];
  }
  if (change.action === 'remove') {
    const gone = new Set(change.value.map(lower));
    return current.filter((skill) => !gone.has(lower(skill)));
  }
  return change.value as string[];
};

type NlUpdateConfig = { parser: string; llm: { baseUrl?: string; apiKey?: string; model?: string; timeoutMs: number } };

/** LLM answers come as text more often than typed: read years, flags and lists into their types. */
const coerce = (field: ProfileField, value: unknown): unknown => {
  if (field === 'graduationYear' && typeof value === 'string' && /^\d{4}$/.test(value.trim())) return Number(value);
  if (field === 'directoryVisible' && typeof value === 'string') {
    const word = value.trim().toLowerCase();
    if (['true', 'yes', 'show', 'shown', 'visible'].includes(word)) return true;
    if (['false', 'no', 'hide', 'hidden', 'invisible'].includes(word)) return false;
  }
  if (field === 'skills' && typeof value === 'string') return value.split(/[;,]/).map((skill) => skill.trim()).filter(Boolean);
  return value;
};

/** The value after the change, validated exactly as a direct profile edit would be. */
const validatedValue = (field: ProfileField, raw: unknown): unknown => {
  const value = coerce(field, raw);
  if (field === 'phone') {
    const phone = typeof value === 'string' ? toMobileE164(value) : null;
    if (!phone) throw new errors.ValidationError('That is not a mobile number: write it with the country code, e.g. +919876543210');
    return phone;
  }
  const schema = memberFieldsSchema.shape[field] as z.ZodType;
  const result = safeParseForPeople(schema, value);
  if (!result.success) {
    const [issue] = result.error.issues;
    // The problem alone (what is wrong, what to do): the member is told "Your <field> …".
    throw new errors.ValidationError(`Your ${label(field)} ${tooLongMessage(issue) ?? issue?.message ?? 'is not valid'}`, {
      field,
      ...(issue?.code === 'too_big' ? { maxLength: Number(issue.maximum) } : {}),
    });
  }
  return result.data;
};

/** The member schema's length limits, said the way a member understands them. */
const tooLongMessage = (issue: z.core.$ZodIssue | undefined): string | null => {
  if (issue?.code !== 'too_big') return null;
  const maximum = Number(issue.maximum);
  if (issue.origin === 'string') {
    // A path means one item of a list (a skill); none, the field itself.
    return issue.path.length > 0 ? `can hold items of at most ${maximum} characters each` : `is too long (at most ${maximum} characters)`;
  }
  if (issue.origin === 'array') return `can hold at most ${maximum} items`;
  return null;
};

/**
 * Natural-language profile updates, shared by the REST API and the WhatsApp bot: a request is
 * read into one change and proposed; nothing is written until the same person confirms it, and a
 * confirmed change can be undone for 10 minutes. A new phone number must be proved with a code
 * sent to it. Writes go through the document service, so they are validated, audited and
 * reindexed like any other edit.
 */
const nlUpdateService = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => getAppService('api::access.security-store').store();
  let parser: UpdateParser | undefined;

  const rules: UpdateParser = { name: 'rules', parse: async (text) => ({ ...parseProfileUpdate(text), parser: 'rules' }) };
  const chooseParser = (): UpdateParser => {
    const config = strapi.config.get('nl-update') as NlUpdateConfig;
    if (config.parser !== 'llm') return rules;
    if (!config.llm.baseUrl || !config.llm.model) {
      strapi.log.warn('QUERY_PARSER=llm without LLM_BASE_URL and LLM_MODEL: profile updates use the rules parser');
      return rules;
    }
    return createLlmUpdateParser({
      baseUrl: config.llm.baseUrl,
      apiKey: config.llm.apiKey,
      model: config.llm.model,
      timeoutMs: config.llm.timeoutMs,
      fallback: parseProfileUpdate,
      onFallback: (reason) => strapi.log.warn(`profile update parser fell back to rules: ${reason}`),
    });
  };

  const loadMember = async (tenant: Tenant, memberDocumentId: string) => {
    const member = (await strapi.db.query(MEMBER_UID).findOne({
      where: { documentId: memberDocumentId, community: { id: tenant.community.id } },
    })) as (Record<string, unknown> & { documentId: string; name: string }) | null;
    if (!member) throw new errors.NotFoundError('Member not found');
    return member;
  };

  const write = (memberDocumentId: string, field: ProfileField, value: unknown) =>
    strapi.documents(MEMBER_UID).update({ documentId: memberDocumentId, data: { [field]: value } } as never);

  const takeRecord = async <T>(key: string): Promise<T | null> => {
    const raw = await store().get(key);
    if (!raw || !(await store().take(key))) return null;
    return JSON.parse(raw) as T;
  };

  return {
    async propose(
      { tenant, requester, memberDocumentId, text }: { tenant: Tenant; requester: Requester; memberDocumentId: string; text: string },
      response?: HeaderTarget
    ): Promise<ProposalView> {
      // The REST body is capped by its schema; other channels (the WhatsApp bot) reach here directly.
      if (text.length > MAX_UPDATE_TEXT_LENGTH) {
        throw new errors.ValidationError(`Please keep a profile update under ${MAX_UPDATE_TEXT_LENGTH} characters`, {
          reason: 'too-long',
          maxLength: MAX_UPDATE_TEXT_LENGTH,
        });
      }
      const parsed = await (parser ??= chooseParser()).parse(text);
      if (!parsed.ok) throw new errors.ValidationError(parsed.message, { reason: 'unclear', parser: parsed.parser });
      const { change } = parsed;
      // Phone changes are counted before anything is looked up about the number, so the answers
      // below cannot be collected in bulk.
      if (change.field === 'phone') await getAppService('api::access.rate-limits').enforce('phoneChange', requester.key, response);
      const member = await loadMember(tenant, memberDocumentId);
      const before = member[change.field] ?? null;

      let after: unknown;
      if (change.field === 'skills') {
        const current = Array.isArray(before) ? (before as string[]) : [];
        if (change.action === 'remove' && !change.value.some((skill) => current.some((own) => own.toLowerCase() === skill.toLowerCase()))) {
          throw new errors.ValidationError(`${change.value.join(', ')} ${change.value.length > 1 ? 'are' : 'is'} not in your skills (${show(current)})`);
        }
        after = validatedValue('skills', changedSkills(current, change));
        if (sameList(current, after as string[])) {
          throw new errors.ValidationError(`Your skills already include ${show(change.value)}`);
        }
      } else {
        after = validatedValue(change.field, change.value);
        if (show(after) === show(before)) throw new errors.ValidationError(`Your ${label(change.field)} is already ${show(before)}`);
      }

      if (change.field === 'phone') {
        // Whether the number is another member's (hidden members included) is not checked here:
        // the answer would tell anyone whose number is in the directory. Every valid number gets
        // the same reply and a code; only the number's holder can confirm, and the clash is
        // reported then (the member-rules check on write), to them alone.
        await getAppService('api::access.otp').sendOwnershipCode(after as string, response);
      }
      const token = newToken();
      const proposal: Proposal = { memberDocumentId, communityId: tenant.community.id, requester: requester.key, field: change.field, change, before, after };
      await store().set(`nl:proposal:${token}`, JSON.stringify(proposal), PROPOSAL_TTL_SECONDS);
      return {
        token,
        parser: parsed.parser,
        summary: `Change ${label(change.field)} from ${show(before)} to ${show(after)}?${change.field === 'phone' ? ' Confirm with the code we sent to the new number.' : ''}`,
        change,
        field: change.field,
        before,
        after,
        requiresCode: change.field === 'phone',
        expiresInSeconds: PROPOSAL_TTL_SECONDS,
      };
    },

    async confirm({ tenant, requester, token, code }: { tenant: Tenant; requester: Requester; token: string; code?: string }, response?: HeaderTarget) {
      const key = `nl:proposal:${token}`;
      const raw = await store().get(key);
      const proposal = raw ? (JSON.parse(raw) as Proposal) : null;
      if (!proposal || proposal.requester !== requester.key || proposal.communityId !== tenant.community.id) {
        throw new errors.NotFoundError('This change has expired or was already confirmed: ask again');
      }
      if (proposal.field === 'phone') {
        if (!code) throw new errors.ValidationError('Enter the code sent to your new number', { field: 'code' });
        await getAppService('api::access.otp').verifyCode(proposal.after as string, code, response);
      }
      if (!(await store().take(key))) throw new errors.NotFoundError('This change has expired or was already confirmed: ask again');

      const member = await loadMember(tenant, proposal.memberDocumentId);
      if (show(member[proposal.field] ?? null) !== show(proposal.before)) {
        throw new errors.ApplicationError(`Your ${label(proposal.field)} changed meanwhile: ask again`, { reason: 'conflict' });
      }
      const updated = await write(proposal.memberDocumentId, proposal.field, proposal.after);
      const undoToken = newToken();
      const { change: _change, ...undo } = proposal;
      await store().set(`nl:undo:${undoToken}`, JSON.stringify(undo satisfies UndoRecord), UNDO_TTL_SECONDS);
      return { applied: true, field: proposal.field, before: proposal.before, after: proposal.after, undoToken, undoExpiresInSeconds: UNDO_TTL_SECONDS, member: updated };
    },

    async undo({ tenant, requester, token }: { tenant: Tenant; requester: Requester; token: string }) {
      const record = await takeRecord<UndoRecord>(`nl:undo:${token}`);
      if (!record || record.requester !== requester.key || record.communityId !== tenant.community.id) {
        throw new errors.NotFoundError('This change can no longer be undone (undo lasts 10 minutes)');
      }
      const member = await loadMember(tenant, record.memberDocumentId);
      if (show(member[record.field] ?? null) !== show(record.after)) {
        throw new errors.ApplicationError(`Your ${label(record.field)} changed again since: undo it by asking for the change you want`, { reason: 'conflict' });
      }
      const updated = await write(record.memberDocumentId, record.field, record.before);
      return { undone: true, field: record.field, value: record.before, member: updated };
    },
  };
};

export type NlUpdateService = ReturnType<typeof nlUpdateService>;

export default nlUpdateService;
