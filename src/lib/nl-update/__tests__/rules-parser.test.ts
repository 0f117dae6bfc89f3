import { parseProfileUpdate } from '../rules-parser';

describe('parseProfileUpdate', () => {
  it.each([
    ['Update my city to Pune', { action: 'set', field: 'city', value: 'Pune' }],
    ['Change my designation to Senior Manager.', { action: 'set', field: 'designation', value: 'Senior Manager' }],
    ['change my job title to VP Engineering', { action: 'set', field: 'designation', value: 'VP Engineering' }],
    ['my email is now asha@example.org', { action: 'set', field: 'email', value: 'asha@example.org' }],
    ['My company is Zoho', { action: 'set', field: 'organization', value: 'Zoho' }],
    ['set my batch to 98', { action: 'set', field: 'graduationYear', value: 1998 }],
    ['update my graduation year to 2012', { action: 'set', field: 'graduationYear', value: 2012 }],
    ['Add Python to my skills', { action: 'add', field: 'skills', value: ['Python'] }],
    ['add Python, SQL and Power BI to my skills please', { action: 'add', field: 'skills', value: ['Python', 'SQL', 'Power BI'] }],
    ['Remove SAP from my skills', { action: 'remove', field: 'skills', value: ['SAP'] }],
    ['my skills are Tax; Audit', { action: 'set', field: 'skills', value: ['Tax', 'Audit'] }],
    ['I moved to Bengaluru', { action: 'set', field: 'city', value: 'Bengaluru' }],
    ['I now work at Infosys', { action: 'set', field: 'organization', value: 'Infosys' }],
    ["I'm now a Partner", { action: 'set', field: 'designation', value: 'Partner' }],
    ['update my mobile number to +91 98765 43210', { action: 'set', field: 'phone', value: '+91 98765 43210' }],
    ['hide my phone number', { action: 'set', field: 'contactVisibility', value: 'admins' }],
    ['show me in the directory', { action: 'set', field: 'directoryVisible', value: true }],
  ])('reads %p', (text, change) => {
    expect(parseProfileUpdate(text)).toEqual({ ok: true, change });
  });

  it.each([
    ['update my profile', /which part of your profile/],
    ['change my city', /what to do with your city/],
    ['set my batch to soon', /is not a year/],
    ['', /what to change/],
    ['Pune', /which part of your profile/],
  ])('asks again for %p instead of guessing', (text, message) => {
    const outcome = parseProfileUpdate(text);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.message).toMatch(message);
      expect(outcome.message).toMatch(/For example/);
    }
  });
});
