import { z } from 'zod';

import {
  fieldLabel,
  humanFieldErrors,
  issueProblem,
  joinMessages,
  maskEmail,
  maskPhone,
  safeParseForPeople,
  shownValue,
} from '../human-messages';
import { MEMBER_FIELD_LABELS } from '../member-fields';
import { memberCreateSchema, memberUpdateSchema, toFieldErrors } from '../member-input';

const messagesFor = (schema: z.ZodType, input: unknown) => {
  const result = safeParseForPeople(schema, input);
  if (result.success) throw new Error('expected the input to be refused');
  return toFieldErrors(result.error, input, 'member data');
};

describe('human validation messages', () => {
  it('masks phones and emails, keeping only what helps find the mistake', () => {
    expect(maskPhone('+919811114116')).toBe('+91•••••4116');
    expect(maskPhone('+91 98111 14116')).toBe('+91•••••4116');
    expect(maskPhone('12345')).toBe('•••••');
    expect(maskEmail('asha.raman@example.org')).toBe('a•••@example.org');
    expect(maskEmail('asha')).toBe('a•••');
    expect(shownValue(['phone'], '+919811114116')).toBe('"+91•••••4116"');
    expect(shownValue(['email'], 'asha@example.org')).toBe('"a•••@example.org"');
    expect(shownValue(['city'], 'Chennai')).toBe('"Chennai"');
    expect(shownValue(['bio'], 'x'.repeat(100))).toBe(`"${'x'.repeat(40)}…"`);
    expect(shownValue(['city'], undefined)).toBeNull();
    expect(shownValue(['skills'], ['a'])).toBeNull();
  });

  it('names fields by their labels, list items by position, unknown fields readably', () => {
    expect(fieldLabel(['annualTurnoverInr'], MEMBER_FIELD_LABELS)).toBe('Annual turnover (₹)');
    expect(fieldLabel(['skills', 2], MEMBER_FIELD_LABELS)).toBe('Skills (item 3)');
    expect(fieldLabel(['memberId'])).toBe('Member id');
    expect(fieldLabel(['graduation_year'])).toBe('Graduation year');
    expect(fieldLabel([], {}, 'member data')).toBe('Member data');
  });

  it('words zod’s checks as what is wrong and what to do', () => {
    const problem = (schema: z.ZodType, input: unknown) => {
      const result = safeParseForPeople(schema, input);
      return result.success ? null : result.error.issues[0].message;
    };
    expect(problem(z.string().min(2), 'a')).toBe('is too short: enter at least 2 characters');
    expect(problem(z.string().max(3), 'abcd')).toBe('is too long: use at most 3 characters');
    expect(problem(z.number(), 'ten')).toBe('must be a number: enter digits only, e.g. 2020');
    expect(problem(z.object({ a: z.string() }), {})).toBe('is required: fill it in');
    expect(problem(z.enum(['members', 'admins']), 'all')).toBe('is not one of the choices: use "members", "admins"');
    expect(problem(z.array(z.string()).max(1), ['a', 'b'])).toBe('has too many items: keep at most 1');
    expect(problem(z.number().min(5), 1)).toBe('is too small: enter 5 or more');
    // A message the schema sets itself wins.
    expect(problem(z.string().min(2, 'is too short for a name'), 'a')).toBe('is too short for a name');
    expect(issueProblem({ code: 'custom', input: 1, path: [] } as unknown as z.core.$ZodRawIssue)).toBe('is not valid');
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

  it('joins messages into sentences for error.message', () => {
    expect(joinMessages([{ message: 'Name is empty: fill it in' }, { message: 'Done.' }])).toBe('Name is empty: fill it in. Done.');
  });

  it('is independent of the labels it is given (the plugins pass their own)', () => {
    const result = safeParseForPeople(z.strictObject({ pageSize: z.number().max(50) }), { pageSize: 80 });
    if (result.success) throw new Error('expected a refusal');
    expect(humanFieldErrors(result.error, { pageSize: 80 }, { labels: { pageSize: 'Results per page' } })[0].message).toBe(
      'Results per page "80" is too large: enter 50 or less'
    );
  });
});
