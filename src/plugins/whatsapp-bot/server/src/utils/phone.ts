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
