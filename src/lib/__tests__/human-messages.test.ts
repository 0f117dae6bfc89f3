import { fieldLabel, safeParseForPeople } from '@community-connect/kit';
import { z } from 'zod';

import { MEMBER_FIELD_LABELS } from '../member-fields';
import { memberCreateSchema, memberUpdateSchema, toFieldErrors } from '../member-input';

const messagesFor = (schema: z.ZodType, input: unknown) => {
  const result = safeParseForPeople(schema, input);
  if (result.success) throw new Error('expected the input to be refused');
  return toFieldErrors(result.error, input, 'member data');
};

describe('human validation messages for members', () => {
  it('names member fields by their labels, list items by position', () => {
    expect(fieldLabel(['annualTurnoverInr'], MEMBER_FIELD_LABELS)).toBe('Annual turnover (₹)');
    expect(fieldLabel(['skills', 2], MEMBER_FIELD_LABELS)).toBe('Skills (item 3)');
  });

  it('gives member writes messages with label, masked value and advice, and keeps path and code', () => {
    const errors = messagesFor(memberCreateSchema, {
      name: 'A',
      phone: '98111 1411',
      email: 'asha@example',
      graduationYear: '2020',
      skills: ['ok', ''],
      contactVisibility: 'everyone',
      nickname: 'x',
    });
    expect(errors).toEqual([
      { path: ['phone'], code: 'custom', message: 'Phone "981•••••1411" is not a valid phone number: write it with the country code, e.g. +919876543210' },
      { path: ['email'], code: 'invalid_format', message: 'Email "a•••@example" is not an email address: write it as name@example.org' },
      { path: ['skills', '1'], code: 'too_small', message: 'Skills (item 2) is empty: fill it in' },
      { path: ['graduationYear'], code: 'invalid_type', message: 'Graduation year "2020" must be a year: enter digits only, e.g. 2020' },
      { path: ['contactVisibility'], code: 'invalid_value', message: 'Who sees contact details "everyone" is not one of the choices: use "members", "admins"' },
      { path: [], code: 'unrecognized_keys', message: 'Member data has a field not accepted here ("nickname"): remove it' },
    ]);
    // No raw phone or email in any message.
    expect(JSON.stringify(errors)).not.toMatch(/98111 1411|asha@example/);
  });

  it('says what is missing on a create', () => {
    expect(messagesFor(memberCreateSchema, {}).map(({ message }) => message)).toEqual(['Name is required: fill it in', 'Phone is required: fill it in']);
    expect(messagesFor(memberUpdateSchema, { annualTurnoverInr: 'lots' }).map(({ message }) => message)).toEqual([
      'Annual turnover (₹) "lots" must be an amount in rupees: enter digits only, e.g. 25000000',
    ]);
  });
});
