/**
 * The audit log keeps who changed what, not a second copy of members' contact details: phone
 * numbers and emails are stored masked, enough to tell two values apart and nothing more.
 */

/** Fields whose whole value is a contact detail, in any audited content type. */
const CONTACT_FIELD = /phone|mobile|whatsapp|email/i;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
// Seven or more digits, allowing the spaces, dots, dashes and brackets people write numbers with;
// not digits inside a word or id (a document id like "k7514985xq" holds no phone number).
const PHONE_IN_TEXT = /(?<![\p{L}\p{N}])\+?\d[\d\s().-]{5,}\d(?![\p{L}\p{N}])/gu;
const YEAR_RANGE = /^\d{4}\s*[-–]\s*\d{4}$/;
// Big integers and decimals come back from the database as strings of digits: they are amounts.
const NUMERIC_STRING = /^-?\d+(\.\d+)?$/;

/** `a***@example.com`: the first letter and the domain stay, so an admin can still tell addresses apart. */
export const maskEmail = (email: string): string => {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${email[0]}***${email.slice(at)}`;
};

/** `+91******3210`: the country code and the last four digits stay. */
export const maskPhone = (phone: string): string => {
  const compact = phone.replace(/[\s().-]/g, '');
  if (compact.length <= 6) return '*'.repeat(compact.length);
  const head = compact.startsWith('+') ? compact.slice(0, 3) : '';
  const tail = compact.slice(-4);
  return `${head}${'*'.repeat(compact.length - head.length - tail.length)}${tail}`;
};

const maskContactValue = (value: string): string => (value.includes('@') ? maskEmail(value) : maskPhone(value));

const looksLikePhone = (match: string) => match.replace(/\D/g, '').length >= 7 && !YEAR_RANGE.test(match.trim());

/** Masks phone numbers and emails written inside free text (a bio, a settings note). */
export const maskContactsInText = (text: string): string => {
  if (NUMERIC_STRING.test(text)) return text;
  return text
    .replace(EMAIL, (email) => maskEmail(email))
    .replace(PHONE_IN_TEXT, (match) => (looksLikePhone(match) ? maskPhone(match) : match));
};

const maskDeep = (value: unknown, contactField: boolean): unknown => {
  if (typeof value === 'string') return contactField ? maskContactValue(value) : maskContactsInText(value);
  if (Array.isArray(value)) return value.map((item) => maskDeep(item, contactField));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, item]) => [
        key,
        maskDeep(item, contactField || CONTACT_FIELD.test(key)),
      ])
    );
  }
  return value;
};

export type FieldChange = { old: unknown; new: unknown };
export type FieldChanges = Record<string, FieldChange>;

/**
 * Masks the old and new values of contact fields entirely, and contact details found inside any
 * other text, at any depth (JSON fields included).
 */
export const maskChanges = (changes: FieldChanges): FieldChanges =>
  Object.fromEntries(
    Object.entries(changes).map(([field, change]) => {
      const contactField = CONTACT_FIELD.test(field);
      return [field, { old: maskDeep(change.old, contactField), new: maskDeep(change.new, contactField) }];
    })
  );
