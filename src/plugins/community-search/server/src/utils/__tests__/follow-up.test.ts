import type { ParsedQuery } from '../../services/query-parser/types';
import { isFollowUp, mergeFollowUp } from '../follow-up';

const previous: ParsedQuery = {
  parser: 'rules',
  filters: { city: ['Chennai'], skills: ['Machine Learning'] },
  text: 'experts',
  matches: [
    { field: 'city', value: 'Chennai', term: 'Chennai' },
    { field: 'skills', value: 'Machine Learning', term: 'AI' },
  ],
};

describe('follow-up questions', () => {
  it.each(['only those in Chennai', 'what about Pune?', 'how about Mumbai', 'more senior ones', 'and in Delhi', 'younger ones'])(
    'recognises %p as a follow-up',
    (text) => {
      expect(isFollowUp(text)).toBe(true);
    }
  );

  it.each(['AI experts in Chennai', 'doctors in Bombay', 'founders with turnover over 2 crore'])('treats %p as a new search', (text) => {
    expect(isFollowUp(text)).toBe(false);
  });

  it('replaces the field the follow-up names and keeps the rest', () => {
    const next: ParsedQuery = { parser: 'rules', filters: { city: ['Pune'] }, text: '', matches: [{ field: 'city', value: 'Pune', term: 'Pune' }] };
    const merged = mergeFollowUp(previous, next, 'what about Pune?', 2026);
    expect(merged.filters).toEqual({ city: ['Pune'], skills: ['Machine Learning'] });
    expect(merged.matches).toEqual([
      { field: 'skills', value: 'Machine Learning', term: 'AI' },
      { field: 'city', value: 'Pune', term: 'Pune' },
    ]);
    expect(merged.text).toBe('experts');
  });

  it('reads "more senior" as graduating before the previous range, or 20+ years ago', () => {
    const next: ParsedQuery = { parser: 'rules', filters: {}, text: 'more senior ones', matches: [] };
    expect(mergeFollowUp(previous, next, 'more senior ones', 2026).filters.graduationYear).toEqual({ max: 2006 });
    const withRange = { ...previous, filters: { ...previous.filters, graduationYear: { min: 2000, max: 2005 } } };
    expect(mergeFollowUp(withRange, next, 'more senior ones', 2026).filters.graduationYear).toEqual({ max: 1999 });
    expect(mergeFollowUp(previous, next, 'more senior ones', 2026).text).toBe('experts');
  });

  it('reads "younger ones" as graduating in the last 10 years', () => {
    const next: ParsedQuery = { parser: 'rules', filters: {}, text: 'younger ones', matches: [] };
    expect(mergeFollowUp(previous, next, 'younger ones', 2026).filters.graduationYear).toEqual({ min: 2016 });
  });
});
