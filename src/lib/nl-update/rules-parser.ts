/**
 * Understands plain-language requests to change one's own profile ("Update my city to Pune",
 * "Add Python to my skills", "my email is now x@y.com") as one change: set, add or remove a value
 * of one whitelisted field. Anything it cannot read with confidence gets a clarifying question
 * instead of a guess: a wrong profile change is worse than asking again.
 */

export type ProfileField =
  | 'name'
  | 'city'
  | 'state'
  | 'country'
  | 'organization'
  | 'designation'
  | 'industry'
  | 'skills'
  | 'email'
  | 'phone'
  | 'bio'
  | 'linkedinUrl'
  | 'degree'
  | 'branch'
  | 'graduationYear'
  | 'directoryVisible'
  | 'contactVisibility';

export type ProfileChange =
  | { action: 'set'; field: ProfileField; value: string | number | boolean | string[] }
  | { action: 'add' | 'remove'; field: 'skills'; value: string[] };

export type ParseOutcome = { ok: true; change: ProfileChange } | { ok: false; message: string };

const FIELD_ALIASES: Array<[ProfileField, string[]]> = [
  ['name', ['name', 'full name']],
  ['city', ['city', 'location', 'town', 'place', 'current city']],
  ['state', ['state']],
  ['country', ['country']],
  ['organization', ['organization', 'organisation', 'company', 'employer', 'firm', 'workplace', 'office']],
  ['designation', ['designation', 'title', 'job title', 'role', 'position', 'post']],
  ['industry', ['industry', 'sector', 'field of work', 'domain']],
  ['skills', ['skills', 'skill', 'expertise', 'skill set', 'skillset']],
  ['email', ['email', 'e-mail', 'email id', 'email address', 'mail id', 'mail']],
  ['phone', ['phone', 'phone number', 'mobile', 'mobile number', 'number', 'whatsapp number', 'contact number']],
  ['bio', ['bio', 'about', 'about me', 'description', 'profile summary']],
  ['linkedinUrl', ['linkedin', 'linkedin url', 'linkedin profile']],
  ['degree', ['degree', 'qualification']],
  ['branch', ['branch', 'department', 'stream', 'specialisation', 'specialization']],
  ['graduationYear', ['graduation year', 'batch', 'passing year', 'year of passing', 'passout year', 'graduation']],
];

const FIELD_BY_ALIAS = new Map<string, ProfileField>(
  FIELD_ALIASES.flatMap(([field, aliases]) => aliases.map((alias) => [alias, field] as [string, ProfileField]))
);
// Longest aliases first, so "job title" wins over "title" and "phone number" over "phone".
const ALIAS_PATTERN = [...FIELD_BY_ALIAS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((alias) => alias.replace(/[-\s]/g, '[-\\s]+'))
  .join('|');

const EXAMPLES = '"Update my city to Pune", "Add Python to my skills", "Remove SAP from my skills", "My email is now asha@example.org"';

const clarify = (message: string): ParseOutcome => ({ ok: false, message: `${message} For example: ${EXAMPLES}.` });

/** Trims quotes, trailing punctuation and politeness from a value, keeping its own casing. */
const cleanValue = (raw: string) =>
  raw
    .trim()
    .replace(/\s+(?:please|pls|plz|thanks|thank you)[.!]*$/i, '')
    .replace(/^["'“”‘’]+|["'“”‘’.!]+$/g, '')
    .trim();

const splitList = (raw: string) =>
  cleanValue(raw)
    .split(/\s*(?:,|;|\s&\s|\sand\s)\s*/i)
    .map((item) => cleanValue(item))
    .filter(Boolean);

const valueFor = (field: ProfileField, raw: string): ParseOutcome => {
  const value = cleanValue(raw);
  if (value === '') return clarify(`What should your ${field} be?`);
  if (field === 'skills') return { ok: true, change: { action: 'set', field, value: splitList(value) } };
  if (field === 'graduationYear') {
    const year = /^(?:19|20)\d{2}$/.test(value) ? Number(value) : /^'?\d{2}$/.test(value) ? Number(value.replace("'", '')) : NaN;
    if (Number.isNaN(year)) return clarify(`"${value}" is not a year.`);
    // "batch of 98": two-digit years are read in the last century when they are ahead of this one.
    const fullYear = year < 100 ? (year + 2000 > new Date().getFullYear() ? 1900 + year : 2000 + year) : year;
    return { ok: true, change: { action: 'set', field, value: fullYear } };
  }
  return { ok: true, change: { action: 'set', field, value } };
};

const RULES: Array<[RegExp, (match: RegExpExecArray) => ParseOutcome]> = [
  // Update my city to Pune / change my designation to Senior Manager / set my email as x@y.com
  [
    new RegExp(`^(?:please\\s+)?(?:update|change|set|make|edit|correct)\\s+my\\s+(${ALIAS_PATTERN})\\s+(?:to|as|into|=)\\s+(.+)$`, 'i'),
    (match) => valueFor(fieldOf(match[1]), match[2]),
  ],
  // My email is now x@y.com / my city is Pune / my skills are Python, SQL
  [
    new RegExp(`^my\\s+(?:new\\s+)?(${ALIAS_PATTERN})\\s+(?:is|are|has changed to|changed to)\\s+(?:now\\s+)?(.+)$`, 'i'),
    (match) => valueFor(fieldOf(match[1]), match[2]),
  ],
  // Add Python (and SQL) to my skills
  [
    new RegExp('^(?:please\\s+)?(?:add|include|append)\\s+(.+?)\\s+(?:to|in|into)\\s+my\\s+(?:skills?|expertise|skill\\s*set)$', 'i'),
    (match) => listChange('add', match[1]),
  ],
  // Remove SAP from my skills
  [
    new RegExp('^(?:please\\s+)?(?:remove|delete|drop|take\\s+out)\\s+(.+?)\\s+from\\s+my\\s+(?:skills?|expertise|skill\\s*set)$', 'i'),
    (match) => listChange('remove', match[1]),
  ],
  // I moved to Pune / I have relocated to Bengaluru
  [/^i\s+(?:have\s+)?(?:moved|relocated|shifted)\s+to\s+(.+)$/i, (match) => valueFor('city', match[1])],
  // I now work at Infosys / I work for Zoho now
  [
    /^i\s+(?:now\s+)?(?:work|am\s+working|have\s+joined|joined)\s+(?:at|for|with)?\s*(.+?)(?:\s+now)?$/i,
    (match) => valueFor('organization', match[1]),
  ],
  // I am now a Senior Manager
  [/^i(?:'m|\s+am)\s+now\s+(?:a|an|the)\s+(.+)$/i, (match) => valueFor('designation', match[1])],
  // Hide my phone / show my contact details to members
  [
    /^(hide|show)\s+my\s+(?:phone|number|email|contact|contact\s+details|contacts)(?:\s+.*)?$/i,
    (match) => ({
      ok: true,
      change: { action: 'set', field: 'contactVisibility', value: match[1].toLowerCase() === 'hide' ? 'admins' : 'members' },
    }),
  ],
  // Hide me from the directory / show me in the directory
  [
    /^(hide|show)\s+(?:me|my\s+profile)\s+(?:from|in)\s+(?:the\s+)?(?:directory|search(?:es)?)$/i,
    (match) => ({ ok: true, change: { action: 'set', field: 'directoryVisible', value: match[1].toLowerCase() === 'show' } }),
  ],
];

function fieldOf(alias: string): ProfileField {
  return FIELD_BY_ALIAS.get(alias.toLowerCase().replace(/[-\s]+/g, ' ')) as ProfileField;
}

function listChange(action: 'add' | 'remove', raw: string): ParseOutcome {
  const value = splitList(raw);
  if (value.length === 0) return clarify(`Which skill should I ${action}?`);
  return { ok: true, change: { action, field: 'skills', value } };
}

export const parseProfileUpdate = (text: string): ParseOutcome => {
  const sentence = text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[.!]+$/, '')
    .replace(/[,\s]+(?:please|pls|plz|thanks|thank you)$/i, '')
    .replace(/^(?:hi|hello|hey)[,!\s]+/i, '');
  if (sentence === '') return clarify('Tell me what to change.');
  for (const [pattern, read] of RULES) {
    const match = pattern.exec(sentence);
    if (match) return read(match);
  }
  const mentioned = new RegExp(`\\b(${ALIAS_PATTERN})\\b`, 'i').exec(sentence);
  if (mentioned) return clarify(`I could not tell what to do with your ${fieldOf(mentioned[1])}.`);
  return clarify('I could not tell which part of your profile to change.');
};
