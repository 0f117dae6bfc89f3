import { emailsIn, mentionsContact, mentionsEmail, mentionsPhone } from '../contact-mentions';

const PHONE = '+917512393704';
const NATIONAL = '7512393704';

describe('mentionsPhone', () => {
  it.each([
    ['E.164 as the bot writes it', `📞 ${PHONE}`],
    ['spaces', 'call +91 75123 93704 today'],
    ['no-break spaces', '+91\u00a075123\u00a093704'],
    ['dashes', '+91-75123-93704'],
    ['dots', '+91.75123.93704'],
    ['brackets', '(+91) 75123 93704'],
    ['00 prefix', '0091 75123 93704'],
    ['country code without +', '917512393704'],
    ['national', 'my number is 75123 93704'],
    ['national with trunk 0', '07512 393704'],
    ['at the very start and end', PHONE],
    ['between punctuation', `(${PHONE}),`],
    ['followed by another number on the same line', `+91 75123 93704 2024`],
    ['unicode around it', `नंबर:${PHONE}।`],
    ['among other lines', `*Asha*\n💼 Founder\n📞 ${PHONE}\n✉️ asha@example.org`],
  ])('finds the number written with %s', (_case, text) => {
    expect(mentionsPhone(text, PHONE, NATIONAL)).toBe(true);
  });

  it.each([
    ['a longer number that contains it', '+9175123937041'],
    ['a longer number that ends with it', '+1917512393704'],
    ['another country code, same digits after it', '+17512393704'],
    ['a prefix of it', '+91751239370'],
    ['a suffix of it too short to be the national number', '512393704'],
    ['its digits inside a word', 'ref-x917512393704y'],
    ['its digits glued to letters', 'id917512393704'],
    ['nothing', ''],
    ['only other text', 'hello there, nothing to see'],
    ['two halves on different lines', '+91 75123\n93704'],
  ])('does not take %s for it', (_case, text) => {
    expect(mentionsPhone(text, PHONE, NATIONAL)).toBe(false);
  });

  it('needs the national number to match a national form', () => {
    expect(mentionsPhone('75123 93704', PHONE)).toBe(false);
    expect(mentionsPhone('75123 93704', PHONE, NATIONAL)).toBe(true);
  });

  it('stays fast on a huge text of digits', () => {
    const text = '1 '.repeat(50_000);
    const started = Date.now();
    expect(mentionsPhone(text, PHONE, NATIONAL)).toBe(false);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('mentionsEmail', () => {
  const EMAIL = 'a@gmail.com';

  it.each([
    ['exactly', 'a@gmail.com'],
    ['in upper case', 'A@GMAIL.COM'],
    ['in mixed case', 'A@Gmail.Com'],
    ['in angle brackets', '<a@gmail.com>'],
    ['after mailto:', 'mailto:a@gmail.com'],
    ['at the end of a sentence', 'write to a@gmail.com.'],
    ['in quotes', '"a@gmail.com"'],
    ['after an emoji', '✉️ a@gmail.com'],
  ])('finds the address written %s', (_case, text) => {
    expect(mentionsEmail(text, EMAIL)).toBe(true);
  });

  it.each([
    ['a longer local part', 'ba@gmail.com'],
    ['a dotted local part ending the same', 'x.a@gmail.com'],
    ['a plus-addressed local part', 'x+a@gmail.com'],
    ['a longer domain', 'a@gmail.com.au'],
    ['a subdomain', 'a@mail.gmail.com'],
    ['a shorter domain', 'a@gmail.co'],
    ['the domain alone', 'gmail.com'],
    ['another address at the domain', 'priya@gmail.com'],
    ['nothing', ''],
  ])('does not take %s for it', (_case, text) => {
    expect(mentionsEmail(text, EMAIL)).toBe(false);
  });

  it('compares unicode addresses case-insensitively and whole', () => {
    expect(mentionsEmail('Écrire à ÉLODIE@exemple.fr', 'élodie@exemple.fr')).toBe(true);
    expect(mentionsEmail('mélodie@exemple.fr', 'élodie@exemple.fr')).toBe(false);
  });

  it('lists every address in a text', () => {
    expect([...emailsIn('a@x.org, B@Y.org; c@z.org.')]).toEqual(['a@x.org', 'b@y.org', 'c@z.org']);
  });
});

describe('mentionsContact', () => {
  const contact = { phone: PHONE, nationalNumber: NATIONAL, email: 'a@gmail.com' };

  it('looks at each text on its own, and at either value', () => {
    expect(mentionsContact([null, 'hello', 'A@gmail.com'], contact)).toBe(true);
    expect(mentionsContact([`+91 75123`, `93704`], contact)).toBe(false);
    expect(mentionsContact([`📞 ${PHONE}`], { phone: PHONE })).toBe(true);
    expect(mentionsContact(['ba@gmail.com', '+9175123937041'], contact)).toBe(false);
    expect(mentionsContact([], contact)).toBe(false);
  });
});
