import type { BotMember } from '../services/directory';
import type { SearchAnswer } from '../services/host';

/** Every text the bot sends, in one place, so the voice stays consistent. */

const EXAMPLES = '“AI experts in Chennai”, “who from the batch of 98 runs a factory?” or “someone who can audit my accounts”';

export const greeting = (communityName: string, custom: string | null) =>
  custom ?? `👋 Welcome to the *${communityName}* directory! Ask me to find members, e.g. ${EXAMPLES}.\nReply *help* to see everything I can do.`;

export const help = (communityName: string) =>
  [
    `🤖 *${communityName}* directory — what I understand:`,
    `• Ask in your own words: ${EXAMPLES}`,
    '• *only those in Pune* (or *what about Mumbai?*) narrows your last search',
    '• A number (e.g. *2*) shows that member’s details; *more* shows the next results',
    '• *connect 2* asks member 2 whether they’d like to swap contacts with you',
    '• *update my city to Pune* or *add Python to my skills* changes your profile (I’ll ask you to confirm; *undo* reverts it)',
    '• *stop* pauses all messages from me; *start* turns them back on',
  ].join('\n');

export const strangerReply = (communityName: string) =>
  `Hello! This is the *${communityName}* member directory. Your number isn’t registered as a member, so I can’t search the directory for you. If you are a member, please ask the community’s admins to add this number.`;

/** The member's number is one phone login refuses: the bot refuses it the same way, and says why. */
export const cannotReceiveCodes = (communityName: string) =>
  `Hello! This number is registered with the *${communityName}* directory, but it is a landline or unallocated number: it cannot receive SMS or WhatsApp codes, so it cannot be used to log in or to search here. Please ask the community’s admins to change your number to a mobile one.`;

export const mediaNotSupported = 'I can only read text for now 🙏 Please type your question.';
export const emptyMessage = `Ask me to find members, e.g. ${EXAMPLES}. Reply *help* for more.`;
export const optedOut = 'You won’t get any more messages from me. Reply *start* at any time to turn them back on.';
export const optedIn = (communityName: string) => `Welcome back! Messages from the *${communityName}* directory are on again. Reply *help* to see what I can do.`;
export const suspended = (communityName: string) =>
  `The *${communityName}* directory is paused at the moment, so searches are unavailable. Please contact your community admins.`;
export const quotaExceeded = (communityName: string) =>
  `The *${communityName}* directory has used all its searches for this month. Your community admins can raise the limit; searches start again next month.`;
/** `renewsOn` is a day (YYYY-MM-DD, UTC), written out as e.g. "1 January 2027". */
export const memberShareExceeded = (communityName: string, used: number, limit: number, renewsOn: string) => {
  const day = new Date(`${renewsOn}T00:00:00Z`);
  const when = Number.isNaN(day.getTime())
    ? renewsOn
    : day.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return `You’ve used your share of the *${communityName}* directory’s searches this month (${used} of ${limit}). It renews on ${when}.`;
};
export const rateLimited = (minutes: number) => `You’ve searched a lot in the last hour. Please try again in about ${minutes} minute${minutes === 1 ? '' : 's'}.`;
export const somethingWentWrong = 'Sorry, something went wrong on my side. Please try again in a moment.';
export const noResultsOnScreen = 'Ask me a question first, then reply with a result’s number.';
export const noMoreResults = 'That’s everyone I found. Ask another question any time.';
export const deepestPageReached = (shown: number) =>
  `I’ve shown the first ${shown} results, which is as far as I go. Ask a narrower question (e.g. add a city or a skill) to see others.`;
export const notInList = (count: number) => `Please reply with a number from 1 to ${count}.`;
export const memberGone = 'That member is no longer listed in the directory.';
export const nothingToConfirm = 'There’s nothing waiting for a yes or no right now. Reply *help* to see what I can do.';
export const nothingToUndo = 'There’s no recent change to undo (undo works for 10 minutes after a change).';
export const updateCancelled = 'OK, I haven’t changed anything.';
export const verificationNeeded = 'To keep the directory private, please confirm this number first: I’ve sent a 6-digit code by SMS. Reply with the code.';
export const verificationFailed = 'That code didn’t work. Please check the SMS and try again, or wait for a new code.';
export const verified = (communityName: string) => `✅ Thanks, your number is confirmed. Welcome to the *${communityName}* directory! Reply *help* to see what I can do.`;

const cap = (text: string, length: number) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

const role = (member: { designation: string | null; organization: string | null }) =>
  member.designation && member.organization
    ? `${member.designation} at ${member.organization}`
    : (member.designation ?? member.organization ?? null);

/** The numbered list, in the seed's format. */
export const searchResults = (answer: SearchAnswer, continuing: boolean): string => {
  const { data, meta } = answer;
  if (data.length === 0) {
    return continuing
      ? noMoreResults
      : 'I couldn’t find anyone matching that yet. Try fewer or different words (e.g. just a skill or a city), or reply *help* for examples.';
  }
  const first = (meta.page - 1) * meta.pageSize;
  const lines: string[] = [];
  const total = `${meta.total}${meta.totalIsEstimate ? '+' : ''}`;
  if (!continuing) {
    lines.push(`🔍 Found ${total} member${meta.total === 1 ? '' : 's'}:`);
    // The search says in a sentence what it relaxed ("Nobody in Chennai; nearest matches elsewhere.").
    if (meta.relaxedExplanation) lines.push(`(${meta.relaxedExplanation})`);
    else if (meta.relaxed.length > 0) lines.push(`(No exact match for ${meta.relaxed.join(', ')}; these are the closest.)`);
  } else {
    lines.push(`🔍 More results (${first + 1}–${first + data.length} of ${total}):`);
  }
  data.forEach((hit, index) => {
    lines.push('');
    lines.push(`${first + index + 1}. *${hit.name}*`);
    if (hit.city) lines.push(`   📍 ${hit.city}`);
    const work = role(hit);
    if (work) lines.push(`   💼 ${work}`);
    if (hit.skills.length > 0) lines.push(`   ⚡ ${cap(hit.skills.slice(0, 5).join(', '), 120)}`);
  });
  lines.push('');
  const hasMore = first + data.length < meta.total;
  lines.push(`Reply with a number for details, or ask another question${hasMore ? '. Reply *more* for the next results.' : ''}`);
  return lines.join('\n');
};

/** One member's card; contact details only when `showContact` (their visibility allows it). */
export const memberDetails = (member: BotMember, number: number, showContact: boolean): string => {
  const lines = [`*${member.name}*`];
  const work = role(member);
  if (work) lines.push(`💼 ${work}`);
  if (member.industry) lines.push(`🏭 ${member.industry}`);
  const place = [member.city, member.state, member.country].filter(Boolean).join(', ');
  if (place) lines.push(`📍 ${place}`);
  const study = [member.degree, member.branch].filter(Boolean).join(', ');
  if (study || member.graduationYear) {
    lines.push(`🎓 ${[study, member.graduationYear ? `batch of ${member.graduationYear}` : ''].filter(Boolean).join(', ')}`);
  }
  if (member.skills.length > 0) lines.push(`⚡ ${cap(member.skills.join(', '), 300)}`);
  if (member.bio) lines.push(`📝 ${cap(member.bio, 400)}`);
  if (showContact) {
    lines.push(`📞 ${member.phone}`);
    if (member.email) lines.push(`✉️ ${member.email}`);
    if (member.linkedinUrl) lines.push(`🔗 ${member.linkedinUrl}`);
  } else {
    lines.push('🔒 Contact details are private.');
  }
  lines.push('');
  lines.push(`Reply *connect ${number}* to ask ${member.name.split(' ')[0]} for an introduction.`);
  return lines.join('\n');
};

export const updateProposal = (summary: string, requiresCode: boolean) =>
  requiresCode ? `${summary}\nReply with the 6-digit code, or *no* to cancel.` : `${summary}\nReply *yes* to confirm or *no* to cancel.`;

export const updateApplied = (field: string, after: unknown, undoMinutes: number) =>
  `✅ Done — your ${field} is now ${Array.isArray(after) ? after.join(', ') || '(none)' : (after ?? '(empty)')}. Reply *undo* within ${undoMinutes} minutes to change it back.`;

export const updateUndone = (field: string) => `↩️ Undone — your ${field} is back to what it was.`;

export const introductionRequest = (requester: BotMember, communityName: string, expiryHours: number, code: string) => {
  const work = role(requester);
  return `👋 *${requester.name}*${work ? ` (${work})` : ''} from the *${communityName}* directory would like to connect with you.\nReply *YES ${code}* to share your contact details with each other, or *NO ${code}* to decline. This request expires in ${expiryHours} hours.`;
};

export const introductionSent = (target: BotMember) =>
  `I’ve asked *${target.name}* whether they’d like to connect. I’ll share your contact details with each other as soon as they say yes.`;
export const introductionAlreadyPending = (target: BotMember) => `You’ve already asked *${target.name}*; I’m waiting for their answer.`;
export const introductionToSelf = 'That’s you! 🙂 Pick someone else from the list.';
export const introductionRequesterLimit = 'You’ve asked for several introductions today. Please try again tomorrow.';
export const introductionNeedsCode = 'To answer an introduction request, reply *YES* or *NO* followed by the 4-digit code in the request (e.g. *YES 4821*).';
export const introductionAcceptedLater = (requester: BotMember) =>
  `Thanks! *${requester.name}* can’t be reached on WhatsApp right now, so I haven’t shared anything yet: I’ll swap your details as soon as they’re back.`;
export const introductionLimit = (target: BotMember) =>
  `*${target.name}* has had several introduction requests today. Please try again tomorrow.`;
export const introductionUnreachable = (target: BotMember) =>
  `*${target.name}* can’t be reached on WhatsApp right now. Please try again later.`;
export const introductionDeclinedToTarget = 'OK, I won’t share your details.';
export const introductionDeclinedToRequester = (target: BotMember) => `*${target.name}* isn’t available to connect right now.`;

export const contactCard = (member: BotMember) =>
  [`*${member.name}*`, role(member) ? `💼 ${role(member)}` : null, `📞 ${member.phone}`, member.email ? `✉️ ${member.email}` : null]
    .filter(Boolean)
    .join('\n');

export const introductionAccepted = (other: BotMember) => `🤝 You’re connected with *${other.name}*! Here are their details:\n${contactCard(other)}`;
