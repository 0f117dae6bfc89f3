import { toE164 } from '../phone';

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
