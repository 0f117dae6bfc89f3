/** Twilio's answer to a refused request: 4xx other than 429 will not change on retry. */
export const isPermanentTwilioError = (error: unknown): boolean => {
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' && status >= 400 && status < 500 && status !== 429;
};

export const twilioErrorCode = (error: unknown): string | null => {
  const code = (error as { code?: unknown }).code;
  return code === undefined || code === null ? null : String(code);
};
