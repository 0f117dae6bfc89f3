/**
 * Replaces what looks like a phone number or an email address in free text, so search logs keep
 * what people look for without the contact details some type into the box.
 */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
// Seven or more digits, allowing the spaces, dots, dashes and brackets people write numbers with.
const PHONE = /\+?\d[\d\s().-]{5,}\d/g;

const YEAR_RANGE = /^\d{4}\s*[-–]\s*\d{4}$/;

const looksLikePhone = (match: string) => match.replace(/\D/g, '').length >= 7 && !YEAR_RANGE.test(match.trim());

export const redactContactDetails = (text: string) =>
  text.replace(EMAIL, '[email]').replace(PHONE, (match) => (looksLikePhone(match) ? '[phone]' : match));
