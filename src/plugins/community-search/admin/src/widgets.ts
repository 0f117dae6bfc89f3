import { ChartBubble, Search, User } from '@strapi/icons';
import type { WidgetArgs } from '@strapi/strapi/admin';

import { PERMISSIONS } from './permissions';
import { PLUGIN_ID } from './pluginId';
import { getTranslation } from './utils/getTranslation';

/**
 * The homepage widgets, ids `plugin::community-search.<id>`. Other plugins add theirs beside them
 * with `app.widgets.register` (the whatsapp-bot plugin's `active-conversations`); the app orders
 * them all in `src/admin/app.tsx`.
 */
export const WIDGETS: WidgetArgs[] = [
  {
    id: 'members',
    pluginId: PLUGIN_ID,
    icon: User,
    title: { id: getTranslation('widget.members.title'), defaultMessage: 'Members' },
    link: { label: { id: getTranslation('widget.members.link'), defaultMessage: 'Open members' }, href: '/content-manager/collection-types/api::member.member' },
    permissions: PERMISSIONS.dashboard,
    component: async () => (await import('./components/widgets/MembersWidget')).MembersWidget,
  },
  {
    id: 'searches',
    pluginId: PLUGIN_ID,
    icon: Search,
    title: { id: getTranslation('widget.searches.title'), defaultMessage: 'Searches and quota' },
    link: { label: { id: getTranslation('widget.searches.link'), defaultMessage: 'Open analytics' }, href: `/plugins/${PLUGIN_ID}/analytics` },
    permissions: PERMISSIONS.dashboard,
    component: async () => (await import('./components/widgets/SearchesWidget')).SearchesWidget,
  },
  {
    id: 'zero-results',
    pluginId: PLUGIN_ID,
    icon: ChartBubble,
    title: { id: getTranslation('widget.zero-results.title'), defaultMessage: 'Searches that found nobody' },
    link: { label: { id: getTranslation('widget.zero-results.link'), defaultMessage: 'Fix with synonyms' }, href: `/plugins/${PLUGIN_ID}/settings` },
    permissions: PERMISSIONS.dashboard,
    component: async () => (await import('./components/widgets/ZeroResultsWidget')).ZeroResultsWidget,
  },
];
