import { addDays, eachDay, localDayStart, localToday, resolveRange } from '../dates';

describe('analytics date ranges', () => {
  it('reads local days at the admin offset', () => {
    // India is 330 minutes east of UTC: its 1 March starts at 18:30 UTC on 28 February.
    expect(localDayStart('2026-03-01', 330).toISOString()).toBe('2026-02-28T18:30:00.000Z');
    expect(localToday(new Date('2026-02-28T19:00:00Z'), 330)).toBe('2026-03-01');
    expect(localToday(new Date('2026-03-01T02:00:00Z'), -300)).toBe('2026-02-28');
  });

  it('defaults to the last 30 days and includes both ends', () => {
    const range = resolveRange({}, new Date('2026-11-26T10:00:00Z'));
    expect(range).toMatchObject({ from: '2026-10-28', to: '2026-11-26', days: 30 });
    expect(range.end.toISOString()).toBe('2026-11-27T00:00:00.000Z');
    expect(eachDay('2026-12-30', '2027-01-02')).toEqual(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('refuses reversed and over-long ranges', () => {
    expect(() => resolveRange({ from: '2026-02-02', to: '2026-02-01' }, new Date())).toThrow('starts after it ends');
    expect(() => resolveRange({ from: '2024-01-01', to: '2026-01-01' }, new Date())).toThrow('at most 366 days');
  });
});
