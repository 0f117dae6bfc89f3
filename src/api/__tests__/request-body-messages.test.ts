import { safeParseForPeople } from '@community-connect/kit';
import { z } from 'zod';

import { toFieldErrors } from '../../lib/member-input';
import { sendOtpBodySchema, verifyOtpBodySchema } from '../access/validation/otp';
import { logoutBodySchema, refreshBodySchema } from '../access/validation/sessions';
import { bulkDeleteSchema } from '../member/validation/bulk';
import { nlUpdateBodySchema } from '../member/validation/nl-update';

const messagesFor = (schema: z.ZodType, input: unknown) => {
  const result = safeParseForPeople(schema, input);
  if (result.success) throw new Error('expected the input to be refused');
  return toFieldErrors(result.error, input, 'member data');
};

/** The app's request bodies beyond members use the same wording (packages/kit/src/messages). */
describe('human validation messages of the app’s request bodies', () => {
  it('words the app’s other request bodies the same way, naming each field once', () => {
    const messages = (schema: z.ZodType, input: unknown) => messagesFor(schema, input).map(({ message }) => message);
    expect(messages(sendOtpBodySchema, {})).toEqual(['Phone is required: enter your mobile number with the country code, e.g. +919876543210']);
    // A landline is a phone number, just not one that can receive a code: it is told why.
    expect(messages(sendOtpBodySchema, { phone: '+91 22 2222 2222' })).toEqual([
      'Phone "+91•••••2222" cannot receive SMS or WhatsApp codes: landline or unallocated number; log in with a mobile number, or ask your community admin to update yours',
    ]);
    expect(messages(sendOtpBodySchema, { phone: '12' })).toEqual([
      'Phone "•••••" is not a mobile number: write it with the country code, e.g. +919876543210',
    ]);
    expect(messages(verifyOtpBodySchema, { phone: '+919811114116', code: '12' })).toEqual([
      'Code "12" must be the 6-digit code from the SMS: enter its six digits',
    ]);
    expect(messages(refreshBodySchema, { refreshToken: '' })).toEqual(['Refresh token is required: send the refresh token from verify-otp or refresh']);
    expect(messages(logoutBodySchema, { deviceId: 'a', everywhere: true })[0]).toMatch(/has more than one of refreshToken, deviceId and everywhere: true: give at most one$/);
    expect(messages(bulkDeleteSchema, {})[0]).toMatch(/needs either "ids" or "filter": give one of them/);
    expect(messages(nlUpdateBodySchema, { text: ' ' })).toEqual(['Text is empty: say what to change, e.g. "Update my city to Chennai"']);
  });
});
