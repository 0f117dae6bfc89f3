/**
 * A Twilio client whose calls can go to another origin (TWILIO_API_BASE_URL: a local fake in tests
 * and in the simulator). The kit does not depend on the `twilio` SDK: the package that sends passes
 * the SDK's default export in, so only it installs the SDK.
 */

export type TwilioCredentials = {
  accountSid: string;
  authToken: string;
  /** Replaces https://*.twilio.com in every call, for a local fake. */
  apiBaseUrl?: string;
};

/** What this module calls on the SDK's RequestClient. */
type RequestClientLike = { request(options: { uri: string }): Promise<unknown> };

/** The parts of the `twilio` package's default export used here (`typeof twilio` fits). */
export type TwilioSdk<TClient, TRequestClient extends RequestClientLike> = {
  (accountSid: string, authToken: string, options: { httpClient?: TRequestClient }): TClient;
  RequestClient: new () => TRequestClient;
};

const TWILIO_HOST = /^https:\/\/[a-z0-9.-]*twilio\.com/i;

/**
 * The SDK has no base-URL option, but every call goes through its RequestClient: rewriting the
 * origin there sends the real SDK's real requests (auth, form encoding, paths) to another server.
 */
const baseUrlRequestClient = <TRequestClient extends RequestClientLike>(
  RequestClient: new () => TRequestClient,
  baseUrl: string
): TRequestClient => {
  // A class can only extend a constructor whose instances have statically known members.
  const Base = RequestClient as new () => RequestClientLike;
  class BaseUrlRequestClient extends Base {
    request(options: { uri: string }) {
      return super.request({ ...options, uri: options.uri.replace(TWILIO_HOST, baseUrl) });
    }
  }
  return new BaseUrlRequestClient() as TRequestClient;
};

export const createTwilioClient = <TClient, TRequestClient extends RequestClientLike>(
  sdk: TwilioSdk<TClient, TRequestClient>,
  { accountSid, authToken, apiBaseUrl }: TwilioCredentials
): TClient =>
  sdk(accountSid, authToken, {
    httpClient: apiBaseUrl ? baseUrlRequestClient(sdk.RequestClient, apiBaseUrl.replace(/\/+$/, '')) : undefined,
  });
