import type { WidgetArgs } from '@strapi/strapi/admin';

/**
 * The homepage order for a community admin: members, searches against the quota, the WhatsApp
 * bot's active conversations (registered by the whatsapp-bot plugin as
 * `plugin::whatsapp-bot.active-conversations`; absent until it does), zero results, then
 * Strapi's own. Widgets not listed keep their order after these.
 */
export const WIDGET_ORDER = [
  'plugin::community-search.members',
  'plugin::community-search.searches',
  'plugin::whatsapp-bot.active-conversations',
  'plugin::community-search.zero-results',
];

const uidOf = (widget: WidgetArgs) => (widget.pluginId ? `plugin::${widget.pluginId}.${widget.id}` : `global::${widget.id}`);

export const orderWidgets = (widgets: WidgetArgs[]): WidgetArgs[] => {
  const rank = (widget: WidgetArgs) => {
    const index = WIDGET_ORDER.indexOf(uidOf(widget));
    return index === -1 ? WIDGET_ORDER.length : index;
  };
  // A stable sort: widgets outside the list keep their registration order.
  return widgets.map((widget, index) => ({ widget, index })).sort((a, b) => rank(a.widget) - rank(b.widget) || a.index - b.index).map(({ widget }) => widget);
};

/**
 * Strapi's widgets that count the whole platform (entries, admins, API tokens): the server answers
 * them to super admins only (see src/middlewares/platform-wide-stats.ts), so the homepage shows
 * them only to those who hold an action a Community Admin never gets (managing admin users).
 */
export const PLATFORM_WIDE_WIDGETS = ['plugin::admin.key-statistics', 'plugin::content-manager.chart-entries'];
export const PLATFORM_WIDE_ACTION = 'admin::users.read';

export const restrictPlatformWideWidgets = (widgets: WidgetArgs[]): WidgetArgs[] =>
  widgets.map((widget) => (PLATFORM_WIDE_WIDGETS.includes(uidOf(widget)) ? { ...widget, permissions: [{ action: PLATFORM_WIDE_ACTION }] } : widget));
