import { fromWhatsappAddress, maskPhone, redactContacts } from '../phone';

describe('phone helpers', () => {
  it('reads Twilio WhatsApp addresses', () => {
    expect(fromWhatsappAddress('whatsapp:+919876543210')).toBe('+919876543210');
    expect(fromWhatsappAddress('whatsapp:919876543210')).toBeNull();
    expect(fromWhatsappAddress(undefined)).toBeNull();
  });

  it('masks numbers for admin views', () => {
    expect(maskPhone('+919876543210')).toBe('+91•••10');
  });

  it('blanks numbers and addresses out of error texts, leaving ids and codes', () => {
    expect(redactContacts("The 'To' number +91 98765 43210 is not a valid phone number")).toBe("The 'To' number [phone] is not a valid phone number");
    expect(redactContacts('mail priya@example.org failed')).toBe('mail [email] failed');
    expect(redactContacts('Twilio error 21211 for SM0123456789abcdef0123456789abcdef')).toBe('Twilio error 21211 for SM0123456789abcdef0123456789abcdef');
  });
});
