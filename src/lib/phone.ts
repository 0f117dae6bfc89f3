import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

/** Numbers typed without a country code are read as this country's (most members are in India). */
export const DEFAULT_PHONE_COUNTRY: CountryCode = 'IN';

/** The E.164 form of a phone number (`+917512393704`), or null when it is not a valid number. */
export const toE164 = (input: string, defaultCountry: CountryCode = DEFAULT_PHONE_COUNTRY): string | null => {
  const parsed = parsePhoneNumberFromString(input.trim(), defaultCountry);
  if (!parsed || !parsed.isValid()) return null;
  return parsed.number;
};

/**
 * The E.164 form of a number that can receive an SMS login code, or null. The numbering plan must
 * say it is (or may be) a mobile number: landlines, toll-free and premium numbers are refused,
 * however plausible their digits (for India, not merely ten digits starting 6–9).
 */
export const toMobileE164 = (input: string, defaultCountry: CountryCode = DEFAULT_PHONE_COUNTRY): string | null => {
  const parsed = parsePhoneNumberFromString(input.trim(), defaultCountry);
  if (!parsed || !parsed.isValid()) return null;
  const type = parsed.getType();
  return type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE' ? parsed.number : null;
};

/**
 * The one rule for "can this number receive SMS/WhatsApp codes": phone login (its validation),
 * imports (a warning per row) and the member flag `canReceiveCodes` (which the member list filters
 * on and the WhatsApp bot reads) all ask this, so they never disagree.
 */
export const canReceiveCodes = (phone: string | null | undefined): boolean => typeof phone === 'string' && toMobileE164(phone) !== null;

/** What people are told about such a number, in the import report and at login. */
export const CANNOT_RECEIVE_CODES = 'cannot receive SMS or WhatsApp codes: landline or unallocated number';
