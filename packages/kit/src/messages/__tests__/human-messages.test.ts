import { z } from 'zod';

import { fieldLabel, humanFieldErrors, issueProblem, joinMessages, maskEmail, maskPhone, safeParseForPeople, shownValue } from '../human-messages';

/** The one copy of the validation wording the app and the plugins share (member labels: the app's own test). */
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

  it('names list items by position and fields without a label readably', () => {
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
