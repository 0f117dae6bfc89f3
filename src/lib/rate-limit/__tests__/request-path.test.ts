import { isContentApiPath, normalisedRequestPath, routerMatchPath } from '../request-path';

describe('request paths as the router and the limits read them', () => {
  it('counts every spelling of a content-API path', () => {
    const spellings = [
      '/api/members',
      '/API/members',
      '/Api/Members',
      '/aPI/MEMBERS/',
      '//api/members',
      '///api//members',
      '/api',
      '/API',
      '/api/',
      '/%61pi/members',
      '/%41PI/members',
      '/%2Fapi/members',
      '/%2fapi%2fmembers',
      '/./api/members',
      '/x/../api/members',
      '/api/c/some-club/members',
      '/API/C/Some-Club/members',
      '\\api\\members',
      '/api/members/%E2%9C%93',
      '/api/members/✓',
    ];
    for (const path of spellings) {
      expect([path, isContentApiPath(path)]).toEqual([path, true]);
    }
  });

  it('does not count the admin panel, the operations routes or look-alikes', () => {
    for (const path of ['/', '', '/admin', '/admin/init', '/health', '/metrics', '/apis', '/api-docs', '/apix/members', '/m/', '/documentation', '/%', '/%zz/api', '/x'.repeat(5000)]) {
      expect([path, isContentApiPath(path)]).toEqual([path, false]);
    }
  });

  it('normalises to one lower-case form without empty or dot segments', () => {
    expect(normalisedRequestPath('//API//Members/./x/../')).toBe('/api/members');
    expect(normalisedRequestPath('/%zz/Api')).toBe('/%zz/api');
    expect(normalisedRequestPath('/../../api')).toBe('/api');
  });

  it('matches routes like koa-router: any letter case, one trailing slash', () => {
    expect(routerMatchPath('/API/WhatsApp-Bot/Webhook')).toBe('/api/whatsapp-bot/webhook');
    expect(routerMatchPath('/api/billing/webhook/')).toBe('/api/billing/webhook');
    expect(routerMatchPath('/')).toBe('/');
    // Not routed by the router, so not an exempt webhook either.
    expect(routerMatchPath('//api/billing/webhook')).toBe('//api/billing/webhook');
  });
});
