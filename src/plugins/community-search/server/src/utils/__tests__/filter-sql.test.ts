import { filtersToSql } from '../filter-sql';

describe('filtersToSql', () => {
  it('always scopes to one community and to visible, active members', () => {
    const { sql, bindings } = filtersToSql(7, {});
    expect(sql).toBe('f.community_id = ? AND f.searchable');
    expect(bindings).toEqual([7]);
  });

  it('binds values, never splices them into the SQL', () => {
    const { sql, bindings } = filtersToSql(1, { city: ["Chennai'; DROP TABLE members; --"], skills: ['AI'] });
    expect(sql).not.toContain('DROP');
    expect(bindings).toEqual([1, ["1:city:chennai'; drop table members; --"], ['1:skills:ai']]);
  });

  it('turns fractional and out-of-range bounds into integers the columns can hold', () => {
    const { bindings } = filtersToSql(1, {
      annualTurnoverInr: { min: 255500.00000000003, max: 1e23 },
      graduationYear: { min: 1997.5, max: 3_000_000_000 },
    });
    expect(bindings).toEqual([1, 1998, 2_147_483_647, 255501, Number.MAX_SAFE_INTEGER]);
  });

  it('matches the facet keys of the same community only, case-insensitively', () => {
    const { sql, bindings } = filtersToSql(42, { city: ['Chennai', 'Madras'], designation: ['CTO'] });
    expect(sql).toBe('f.community_id = ? AND f.searchable AND f.filter_keys && ?::text[] AND f.filter_keys && ?::text[]');
    expect(bindings).toEqual([42, ['42:city:chennai', '42:city:madras'], ['42:designation:cto']]);
  });
});
