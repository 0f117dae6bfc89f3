import { redactContactDetails } from '../contact-details';

describe('redactContactDetails', () => {
  it('hides phone numbers and emails typed into a search', () => {
    expect(redactContactDetails('who is +91 98765 43210?')).toBe('who is [phone]?');
    expect(redactContactDetails('priya.iyer@example.org in Chennai')).toBe('[email] in Chennai');
    expect(redactContactDetails('call 044-2345-6789')).toBe('call [phone]');
  });

  it('keeps years, batches and amounts', () => {
    expect(redactContactDetails('batch of 98, turnover over 2 crore, 1990-1995')).toBe('batch of 98, turnover over 2 crore, 1990-1995');
  });
});
