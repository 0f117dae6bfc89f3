/**
 * Delivers and (for providers that keep the code themselves, like Twilio Verify) checks OTP codes.
 * `generatesOwnCode` providers never see our code: we only count attempts and lockouts for them.
 */
export interface OtpSender {
  readonly name: 'log' | 'twilio-messaging' | 'twilio-verify';
  readonly generatesOwnCode: boolean;
  /** Sends `code` (ignored when the provider generates its own) to an E.164 number. */
  send(phone: string, code: string): Promise<void>;
  /** Only for providers that generate their own code: whether `code` is the one they sent. */
  check?(phone: string, code: string): Promise<boolean>;
}
