import { maskChanges, maskContactsInText, maskEmail, maskPhone } from '../mask';

describe('maskPhone and maskEmail', () => {
  it('keep only the country code and last four digits of a phone', () => {
    expect(maskPhone('+919876543210')).toBe('+91******3210');
    expect(maskPhone('+1 415 523 8886')).toBe('+14*****8886');
    expect(maskPhone('12345')).toBe('*****');
  });

  it('keep only the first letter and the domain of an email', () => {
    expect(maskEmail('asha.iyer@example.com')).toBe('a***@example.com');
    expect(maskEmail('not-an-email')).toBe('***');
  });
});

describe('maskContactsInText', () => {
  it('masks phones and emails inside free text but keeps years and amounts', () => {
    expect(maskContactsInText('Call me on +91 98765 43210 or priya@example.org')).toBe(
      'Call me on +91******3210 or p***@example.org'
    );
    expect(maskContactsInText('Batch of 1990-1995, turnover 2 crore')).toBe('Batch of 1990-1995, turnover 2 crore');
    // Big integers come back from the database as digit strings.
    expect(maskContactsInText('25000000')).toBe('25000000');
  });

  it('leaves digit runs inside ids and words alone', () => {
    expect(maskContactsInText('k7514985706xq2b')).toBe('k7514985706xq2b');
    expect(maskContactsInText('order A9876543210 and call 9876543210')).toBe('order A9876543210 and call ******3210');
  });
});

describe('maskChanges', () => {
  it('masks old and new values of contact fields and contact details in other fields, at any depth', () => {
    const masked = maskChanges({
      phone: { old: '+919840012345', new: '+919876543210' },
      email: { old: null, new: 'asha.iyer@example.org' },
      whatsappNumber: { old: '+14155238886', new: null },
      bio: { old: 'Reach me at asha@example.org', new: 'Partner' },
      settings: { old: null, new: { contact: { email: 'office@example.org' }, note: 'call 044-2345-6789' } },
      city: { old: 'Chennai', new: 'Coimbatore' },
      annualTurnoverInr: { old: '25000000', new: '30000000' },
    });
    expect(masked).toEqual({
      phone: { old: '+91******2345', new: '+91******3210' },
      email: { old: null, new: 'a***@example.org' },
      whatsappNumber: { old: '+14*****8886', new: null },
      bio: { old: 'Reach me at a***@example.org', new: 'Partner' },
      settings: { old: null, new: { contact: { email: 'o***@example.org' }, note: 'call *******6789' } },
      city: { old: 'Chennai', new: 'Coimbatore' },
      annualTurnoverInr: { old: '25000000', new: '30000000' },
    });
    expect(JSON.stringify(masked)).not.toMatch(/9876543210|asha\.iyer|office@/);
  });
});
