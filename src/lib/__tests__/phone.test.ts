import { canReceiveCodes, toE164, toMobileE164 } from '../phone';

describe('toE164', () => {
  it.each([
    ['+91 98400 12345', '+919840012345'],
    ['098400 12345', '+919840012345'],
    ['9840012345', '+919840012345'],
    ['+1 (415) 555-2671', '+14155552671'],
    ['+44 7911 123456', '+447911123456'],
  ])('normalises %s to %s', (input, expected) => {
    expect(toE164(input)).toBe(expected);
  });

  it.each(['12', 'not a phone', '+91 12345', ''])('rejects %p', (input) => {
    expect(toE164(input)).toBeNull();
  });
});

describe('toMobileE164', () => {
  it('accepts mobile numbers in any common format', () => {
    expect(toMobileE164('+91 98765 43210')).toBe('+919876543210');
    expect(toMobileE164('09876543210')).toBe('+919876543210');
    expect(toMobileE164('+44 7911 123456')).toBe('+447911123456');
  });

  it('refuses landlines, toll-free numbers and digits that merely look like a mobile number', () => {
    expect(toMobileE164('+91 11 2345 6789')).toBeNull(); // Delhi landline
    expect(toMobileE164('1800 123 4567')).toBeNull(); // toll-free
    expect(toMobileE164('+91 55555 55555')).toBeNull(); // starts with 5: not a mobile range
    expect(toMobileE164('not a phone')).toBeNull();
  });
});

describe('canReceiveCodes', () => {
  it('is the login rule: mobiles yes; landlines, unallocated ranges, toll-free and non-numbers no', () => {
    expect(canReceiveCodes('+919876543210')).toBe(true);
    expect(canReceiveCodes('+447911123456')).toBe(true);
    expect(canReceiveCodes('+914428270000')).toBe(false); // Chennai landline
    expect(canReceiveCodes('+919111111111')).toBe(toMobileE164('+919111111111') !== null);
    expect(canReceiveCodes('+915555555555')).toBe(false); // not an allocated mobile range
    expect(canReceiveCodes('+9118002090000')).toBe(false); // toll-free
    expect(canReceiveCodes(null)).toBe(false);
    expect(canReceiveCodes('not a phone')).toBe(false);
  });
});
