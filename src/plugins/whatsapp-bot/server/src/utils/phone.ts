import { redactContactDetails } from '@community-connect/kit';

const E164 = /^\+[1-9]\d{6,14}$/;

/** Twilio writes WhatsApp addresses as `whatsapp:+<E.164>`; the directory keeps plain E.164. */
export const fromWhatsappAddress = (address: string | undefined): string | null => {
  if (!address) return null;
  const phone = address.replace(/^whatsapp:/i, '').trim();
  return E164.test(phone) ? phone : null;
};

export const toWhatsappAddress = (phone: string) => `whatsapp:${phone}`;

/** For logs and admin views: enough to tell numbers apart, not enough to call one. */
export const maskPhone = (phone: string | null | undefined) => (phone ? `${phone.slice(0, 3)}•••${phone.slice(-2)}` : null);

/**
 * For error texts that are stored or logged: Twilio's messages quote the number ("The 'To'
 * number +91… is not valid"), so numbers and addresses are blanked out; Twilio's ids keep their digits.
 */
export const redactContacts = (text: string) => redactContactDetails(text, { insideWords: false });
