import twilio from 'twilio';

/**
 * Checks `X-Twilio-Signature` with the SDK: Twilio signs the full public URL it called (behind a
 * proxy that is PUBLIC_URL, not the address the app sees) followed by the sorted form fields.
 */
export const isValidTwilioSignature = (
  authToken: string,
  signature: string | undefined,
  publicUrl: string,
  pathWithQuery: string,
  params: Record<string, string>
): boolean => {
  if (!signature) return false;
  const url = `${publicUrl.replace(/\/+$/, '')}${pathWithQuery}`;
  return twilio.validateRequest(authToken, signature, url, params);
};
