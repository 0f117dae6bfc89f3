import { diffSnapshots, sameValue } from '../diff';

describe('diffSnapshots', () => {
  const fields = ['name', 'city', 'skills', 'graduationYear', 'annualTurnoverInr', 'settings'];

  it('keeps only the fields that changed, with old and new values', () => {
    const before = { name: 'Asha', city: 'Chennai', skills: ['Audit', 'Tax'], graduationYear: 1998, annualTurnoverInr: '25000000', settings: { a: 1, b: 2 } };
    const after = { name: 'Asha', city: 'Coimbatore', skills: ['Audit', 'Tax'], graduationYear: 1998, annualTurnoverInr: '25000000', settings: { b: 2, a: 1 } };
    expect(diffSnapshots(before, after, fields)).toEqual({ city: { old: 'Chennai', new: 'Coimbatore' } });
  });

  it('sees changes in lists, JSON and from or to empty', () => {
    const before = { skills: ['Audit'], settings: { synonyms: [] }, city: null, name: 'Asha' };
    const after = { skills: ['Audit', 'Tax'], settings: { synonyms: ['x'] }, city: 'Pune', name: undefined };
    expect(diffSnapshots(before, after, fields)).toEqual({
      skills: { old: ['Audit'], new: ['Audit', 'Tax'] },
      settings: { old: { synonyms: [] }, new: { synonyms: ['x'] } },
      city: { old: null, new: 'Pune' },
      name: { old: 'Asha', new: null },
    });
  });

  it('treats a creation as every field with a value, and a deletion as every field that had one', () => {
    expect(diffSnapshots(null, { name: 'Asha', city: null, graduationYear: 1998 }, fields)).toEqual({
      name: { old: null, new: 'Asha' },
      graduationYear: { old: null, new: 1998 },
    });
    expect(diffSnapshots({ name: 'Asha', city: 'Pune' }, null, ['name', 'city'])).toEqual({
      name: { old: 'Asha', new: null },
      city: { old: 'Pune', new: null },
    });
  });

  it('looks only at the fields it is given', () => {
    expect(diffSnapshots({ name: 'A', updatedAt: 1 }, { name: 'A', updatedAt: 2 }, ['name'])).toEqual({});
  });

  it('stores dates as ISO strings and compares big integers by value', () => {
    const date = new Date('2024-01-02T03:04:05.000Z');
    expect(diffSnapshots({ at: null }, { at: date }, ['at'])).toEqual({ at: { old: null, new: '2024-01-02T03:04:05.000Z' } });
    expect(sameValue(25000000, '25000000')).toBe(true);
    expect(sameValue(1, 2)).toBe(false);
  });
});
