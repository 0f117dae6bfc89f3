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
