import twilio from 'twilio';

export type TwilioCredentials = {
  accountSid: string;
  authToken: string;
  /** Replaces https://*.twilio.com in every call (TWILIO_API_BASE_URL), for a local fake in tests. */
  apiBaseUrl?: string;
};

const TWILIO_HOST = /^https:\/\/[a-z0-9.-]*twilio\.com/i;

/**
 * The SDK has no base-URL option, but every call goes through its RequestClient: rewriting the
 * origin there sends the real SDK's real requests (auth, form encoding, paths) to another server.
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

export const createTwilioClient = ({ accountSid, authToken, apiBaseUrl }: TwilioCredentials): TwilioClient =>
  twilio(accountSid, authToken, {
    httpClient: apiBaseUrl ? new BaseUrlRequestClient(apiBaseUrl.replace(/\/+$/, '')) : undefined,
  });
