import twilio from 'twilio';

const TWILIO_HOST = /^https:\/\/[a-z0-9.-]*twilio\.com/i;

/**
 * The SDK has no base-URL option, but every call goes through its RequestClient: rewriting the
 * origin there sends the real SDK's real requests (auth, form encoding, paths) to another server
 * (a local fake in tests and in the simulator).
 */
class BaseUrlRequestClient extends twilio.RequestClient {
  constructor(private readonly baseUrl: string) {
    super();
  }

  request<TData>(opts: Parameters<twilio.RequestClient['request']>[0] & { data?: TData }) {
    return super.request<TData>({ ...opts, uri: opts.uri.replace(TWILIO_HOST, this.baseUrl) });
  }
}

export type TwilioClient = ReturnType<typeof twilio>;

export const createTwilioClient = (accountSid: string, authToken: string, apiBaseUrl?: string): TwilioClient =>
  twilio(accountSid, authToken, {
    httpClient: apiBaseUrl ? new BaseUrlRequestClient(apiBaseUrl.replace(/\/+$/, '')) : undefined,
  });

/** Twilio's answer to a refused request: 4xx other than 429 will not change on retry. */
export const isPermanentTwilioError = (error: unknown): boolean => {
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' && status >= 400 && status < 500 && status !== 429;
};

export const twilioErrorCode = (error: unknown): string | null => {
  const code = (error as { code?: unknown }).code;
  return code === undefined || code === null ? null : String(code);
};
