import { orderWidgets, restrictPlatformWideWidgets } from '../widget-order';

const widget = (pluginId: string | undefined, id: string) => ({ pluginId, id }) as never;

describe('homepage widget order', () => {
  it('puts the community widgets first, leaves a place for the WhatsApp one and keeps the rest in order', () => {
    const ordered = orderWidgets([
      widget('admin', 'profile-info'),
      widget('admin', 'key-statistics'),
      widget('community-search', 'zero-results'),
      widget('whatsapp-bot', 'active-conversations'),
      widget('community-search', 'searches'),
      widget('community-search', 'members'),
      widget(undefined, 'custom'),
    ]) as unknown as Array<{ pluginId?: string; id: string }>;
    expect(ordered.map(({ pluginId, id }) => `${pluginId ?? 'global'}.${id}`)).toEqual([
      'community-search.members',
      'community-search.searches',
      'whatsapp-bot.active-conversations',
      'community-search.zero-results',
      'admin.profile-info',
      'admin.key-statistics',
      'global.custom',
    ]);
  });
});

describe('platform-wide widgets', () => {
  it("asks for an action only super admins hold before showing Strapi's platform-wide counts", () => {
    const restricted = restrictPlatformWideWidgets([
      widget('admin', 'key-statistics'),
      widget('content-manager', 'chart-entries'),
      widget('community-search', 'members'),
    ]) as unknown as Array<{ id: string; permissions?: Array<{ action: string }> }>;
    expect(restricted.map(({ id, permissions }) => [id, permissions?.map((permission) => permission.action) ?? null])).toEqual([
      ['key-statistics', ['admin::users.read']],
      ['chart-entries', ['admin::users.read']],
      ['members', null],
    ]);
  });
});
