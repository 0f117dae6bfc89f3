import { Message } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';

import { Initializer } from './components/Initializer';
import { PERMISSIONS } from './permissions';
import { PLUGIN_ID } from './pluginId';
import { getTranslation } from './utils/getTranslation';

type TranslationModule = { default: Record<string, string> };

const plugin: StrapiApp['appPlugins'][string] = {
  register(app) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: Message,
      intlLabel: { id: getTranslation('menu.label'), defaultMessage: 'WhatsApp bot' },
      permissions: PERMISSIONS.read,
      Component: () => import('./pages/App'),
    });
    app.widgets.register([
      {
        id: 'active-conversations',
        pluginId: PLUGIN_ID,
        icon: Message,
        title: { id: getTranslation('widget.active.title'), defaultMessage: 'WhatsApp conversations' },
        link: { label: { id: getTranslation('widget.active.link'), defaultMessage: 'Open WhatsApp bot' }, href: `/plugins/${PLUGIN_ID}` },
        permissions: PERMISSIONS.read,
        component: async () => (await import('./components/ActiveConversationsWidget')).ActiveConversationsWidget,
      },
    ]);
    app.registerPlugin({
      id: PLUGIN_ID,
      initializer: Initializer,
      isReady: false,
      name: PLUGIN_ID,
    });
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        try {
          const { default: messages } = (await import(
            `./translations/${locale}.json`
          )) as TranslationModule;
          const prefixed = Object.fromEntries(
            Object.entries(messages).map(([key, value]) => [getTranslation(key), value])
          );
          return { data: prefixed, locale };
        } catch {
          // A locale without a translation file falls back to the default messages.
          return { data: {}, locale };
        }
      })
    );
  },
};

export default plugin;
