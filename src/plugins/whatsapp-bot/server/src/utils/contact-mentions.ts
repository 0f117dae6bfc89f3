/**
 * Whether a message text carries one person's phone number or e-mail address, for erasure: a
 * text that does must lose its content, one that does not must be left alone. Matching is exact
 * on whole values, never on substrings (`a@gmail.com` is not in `ba@gmail.com`, and
 * `+917512393704` is not in `+9175123937041`).
 */

export type ContactToFind = {
  /** E.164, e.g. `+917512393704`. */
  phone: string;
  /** The number without its country code (`7512393704`), to recognise it written nationally; optional. */
  nationalNumber?: string | null;
  email?: string | null;
};

/**
 * Characters of an e-mail address as they appear in texts. Quotes and other rare characters RFC
 * 5322 allows are left out: they also delimit addresses in prose ('a@b.org').
 */
const EMAIL_LOCAL = String.raw`[\p{L}\p{N}._%+\-]`;
const EMAIL_DOMAIN = String.raw`[\p{L}\p{N}.\-]`;
const EMAIL_TOKEN = new RegExp(`${EMAIL_LOCAL}+@${EMAIL_DOMAIN}+`, 'gu');

/** Addresses compare case-insensitively, without the sentence's punctuation around them. */
const normaliseEmail = (token: string) => token.replace(/^[.\-]+|[.\-]+$/gu, '').toLowerCase();

/** Every e-mail address in a text, normalised; an address is a maximal run, so its neighbours bound it. */
export const emailsIn = (text: string): Set<string> => new Set([...text.matchAll(EMAIL_TOKEN)].map((match) => normaliseEmail(match[0])));

/**
 * A number as people write it: digit groups, optionally led by `+` or `00`, joined by at most a
 * few spaces, dots, dashes, slashes or brackets (never a line break: that starts another value).
 * Letters or digits right before it make it part of something else.
 */
const PHONE_RUN = /(?<![\p{L}\p{N}])(?:\+|\(\+)?\d+(?:[ \t\u00a0().\-/]{1,3}\d+)*/gu;

/** E.164 has at most 15 digits; with a `00` prefix and a trunk `0`, no candidate is longer than this. */
const MAX_CANDIDATE_DIGITS = 18;

/**
 * Whether some span of whole digit groups in the text, read as one number, is the phone
 * (`+91 75123 93704 2024` holds `+917512393704`, never `+9175123937042`). International forms
 * (`+`, `00`) must equal the E.164 digits; a span without a prefix may be those digits without
 * `+`, or the national number (with or without the trunk `0`).
 */
export const mentionsPhone = (text: string, phone: string, nationalNumber?: string | null): boolean => {
  const e164Digits = phone.replace(/^\+/, '');
  if (!/^\d{7,15}$/.test(e164Digits)) return false;
  const national = nationalNumber && nationalNumber.length >= 6 ? nationalNumber : null;
  const isThePhone = (digits: string, international: boolean) => {
    if (international) return digits === e164Digits;
    if (digits === e164Digits) return true;
    if (digits.startsWith('00') && digits.slice(2) === e164Digits) return true;
    return national !== null && digits.replace(/^0/, '') === national;
  };
  for (const match of text.matchAll(PHONE_RUN)) {
    const run = match[0];
    const international = /^\(?\+/.test(run);
    const groups = run.match(/\d+/g) ?? [];
    for (let first = 0; first < groups.length; first += 1) {
      let digits = '';
      for (let last = first; last < groups.length && digits.length + groups[last].length <= MAX_CANDIDATE_DIGITS; last += 1) {
        digits += groups[last];
        if (isThePhone(digits, international && first === 0)) return true;
      }
    }
  }
  return false;
};

export const mentionsEmail = (text: string, email: string): boolean => {
  const wanted = normaliseEmail(email.trim());
  return wanted.includes('@') && emailsIn(text).has(wanted);
};

/** Whether any of the texts (a body, a template's variables) carries the person's number or address. */
export const mentionsContact = (texts: Array<string | null | undefined>, contact: ContactToFind): boolean =>
  texts.some(
    (text) =>
      typeof text === 'string' &&
      text !== '' &&
      (mentionsPhone(text, contact.phone, contact.nationalNumber) || (!!contact.email && mentionsEmail(text, contact.email)))
  );
