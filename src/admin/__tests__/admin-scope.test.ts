import { ADMIN_SCOPE_ATTRIBUTE, adminScopeMiddleware, scopeOfUser } from '../admin-scope';

const meAnswer = (roles: Array<{ code: string }>) => ({ type: 'adminApi/executeQuery/fulfilled', meta: { arg: { endpointName: 'getMe' } }, payload: { roles } });

describe('the signed-in admin scope', () => {
  const root = { attributes: new Map<string, string>(), setAttribute(name: string, value: string) { this.attributes.set(name, value); } };
  beforeEach(() => {
    root.attributes.clear();
    (globalThis as { document?: unknown }).document = { documentElement: root };
  });
  afterAll(() => {
    delete (globalThis as { document?: unknown }).document;
  });

  it('is the platform for a super admin and a community for anyone else', () => {
    expect(scopeOfUser({ roles: [{ code: 'strapi-editor' }, { code: 'strapi-super-admin' }] })).toBe('platform');
    expect(scopeOfUser({ roles: [{ code: 'community-admin' }] })).toBe('community');
    expect(scopeOfUser(undefined)).toBe('community');
  });

  it("marks the document from Strapi's answer about the signed-in user, and passes every action on", () => {
    const next = jest.fn((action: unknown) => action);
    const dispatch = adminScopeMiddleware()()(next);
    dispatch({ type: 'adminApi/executeQuery/pending', meta: { arg: { endpointName: 'getMe' } } });
    expect(root.attributes.has(ADMIN_SCOPE_ATTRIBUTE)).toBe(false);
    dispatch(meAnswer([{ code: 'strapi-super-admin' }]));
    expect(root.attributes.get(ADMIN_SCOPE_ATTRIBUTE)).toBe('platform');
    // Another admin signs in in the same tab.
    dispatch(meAnswer([{ code: 'community-admin' }]));
    expect(root.attributes.get(ADMIN_SCOPE_ATTRIBUTE)).toBe('community');
    expect(next).toHaveBeenCalledTimes(3);
  });
});
