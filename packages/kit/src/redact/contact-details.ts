/**
 * Replaces what looks like a phone number or an email address in free text: what people type into
 * the search box (search logs keep what they look for, not the contact details some type), message
 * bodies and provider errors that quote a number ("The 'To' number +91… is not valid").
 */

export type ContactRedactionOptions = {
  /**
   * false: digits touching letters or other digits stay (ids such as Twilio's
   * `SM0123456789abcdef…` are not numbers); default true: any run of seven digits or more goes.
   */
  insideWords?: boolean;
};

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
// Seven or more digits, allowing the spaces, dots, dashes and brackets people write numbers with.
const PHONE_ANYWHERE = /\+?\d[\d\s().-]{5,}\d/gu;
const PHONE_STANDING_ALONE = /(?<![\p{L}\p{N}])\+?\d[\d\s().-]{5,}\d(?![\p{L}\p{N}])/gu;

const YEAR_RANGE = /^\d{4}\s*[-–]\s*\d{4}$/;

const looksLikePhone = (match: string) => match.replace(/\D/g, '').length >= 7 && !YEAR_RANGE.test(match.trim());

export const redactContactDetails = (text: string, { insideWords = true }: ContactRedactionOptions = {}) =>
  text
    .replace(EMAIL, '[email]')
    .replace(insideWords ? PHONE_ANYWHERE : PHONE_STANDING_ALONE, (match) => (looksLikePhone(match) ? '[phone]' : match));
