import { orderWidgets } from '../widget-order';

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
