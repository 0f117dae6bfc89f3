import { forgetStoredMemberFilters, isFilteredMemberList, withoutFilters } from '../member-list-recovery';

/** localStorage's interface over a Map. */
const storageOf = (entries: Record<string, string>): Storage => {
  const map = new Map(Object.entries(entries));
  return {
    get length() {
      return map.size;
    },
    key: (index: number) => [...map.keys()][index] ?? null,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
    clear: () => map.clear(),
  };
};

describe('member list recovery', () => {
  it('forgets the stored member filters of every instance, keeping sort and page size and other lists', () => {
    const storage = storageOf({
      'STRAPI_LIST_VIEW_SETTINGS:api::member.member:uuid-1': JSON.stringify({ filters: { $and: [{ skills: { $eq: 'x' } }] }, sort: 'name:ASC', pageSize: 10 }),
      'STRAPI_LIST_VIEW_SETTINGS:api::member.member:uuid-2': JSON.stringify({ filters: { $and: [] } }),
      'STRAPI_LIST_VIEW_SETTINGS:api::member.member:uuid-3': 'not json',
      'STRAPI_LIST_VIEW_SETTINGS:api::community.community:uuid-1': JSON.stringify({ filters: { name: { $eq: 'A' } } }),
      jwtToken: '"t"',
    });
    forgetStoredMemberFilters(storage);
    expect(JSON.parse(storage.getItem('STRAPI_LIST_VIEW_SETTINGS:api::member.member:uuid-1') ?? '')).toEqual({ sort: 'name:ASC', pageSize: 10 });
    expect(storage.getItem('STRAPI_LIST_VIEW_SETTINGS:api::member.member:uuid-2')).toBeNull();
    expect(storage.getItem('STRAPI_LIST_VIEW_SETTINGS:api::member.member:uuid-3')).toBeNull();
    expect(storage.getItem('STRAPI_LIST_VIEW_SETTINGS:api::community.community:uuid-1')).toContain('filters');
    expect(storage.getItem('jwtToken')).toBe('"t"');
  });

  it('opens the list without its filters, on the first page, keeping sort and page size', () => {
    expect(
      withoutFilters('http://host/admin/content-manager/collection-types/api::member.member?page=3&pageSize=10&sort=name:ASC&filters[$and][0][skills][$eq]=x')
    ).toBe('/admin/content-manager/collection-types/api::member.member?pageSize=10&sort=name%3AASC');
  });

  it('watches only the filtered member list request', () => {
    const base = 'http://host/content-manager/collection-types/api::member.member';
    expect(isFilteredMemberList(new URL(`${base}?filters[$and][0][city][$eq]=Pune`), 'GET')).toBe(true);
    expect(isFilteredMemberList(new URL(`${base}?page=1`), 'GET')).toBe(false);
    expect(isFilteredMemberList(new URL(`${base}/abc123?filters[x]=1`), 'GET')).toBe(false);
    expect(isFilteredMemberList(new URL(`${base}?filters[x]=1`), 'POST')).toBe(false);
  });
});
