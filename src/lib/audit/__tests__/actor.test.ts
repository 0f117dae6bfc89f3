import { requestInfo, type RequestLike } from '../actor';

const request = (state: Record<string, unknown>, headers: Record<string, string> = {}, ip = '203.0.113.7'): RequestLike => ({
  state,
  request: { ip },
  get: (header: string) => headers[header.toLowerCase()] ?? '',
});

describe('requestInfo', () => {
  it('names admins, API tokens and members by Strapi auth strategy', () => {
    expect(requestInfo(request({ auth: { strategy: { name: 'admin' } }, user: { id: 3, email: 'ops@example.org' } })).actor).toEqual({
      type: 'admin',
      id: 3,
      label: 'ops@example.org',
    });
    expect(requestInfo(request({ auth: { strategy: { name: 'content-api-token' }, credentials: { id: 9, name: 'crm' } } })).actor).toEqual({
      type: 'api-token',
      id: 9,
      label: 'crm',
    });
    expect(
      requestInfo(request({ auth: { strategy: { name: 'users-permissions' }, credentials: { id: 5 } }, tenant: { memberDocumentId: 'm1' } })).actor
    ).toEqual({ type: 'member', id: 'm1', userId: 5 });
  });

  it('acts for the system outside requests and for unauthenticated requests', () => {
    expect(requestInfo(undefined)).toEqual({ actor: { type: 'system' } });
    expect(requestInfo(request({})).actor.type).toBe('system');
  });

  it('reads the IP and a user agent cut to 512 characters', () => {
    const info = requestInfo(request({}, { 'user-agent': 'x'.repeat(600) }));
    expect(info.ip).toBe('203.0.113.7');
    expect(info.userAgent).toHaveLength(512);
  });
});
