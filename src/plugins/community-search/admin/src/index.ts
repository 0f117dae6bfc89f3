import { Search } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';

import { Initializer } from './components/Initializer';
import { MemberTransferActions } from './components/members/MemberTransferActions';
import { PERMISSIONS } from './permissions';
import { PLUGIN_ID } from './pluginId';
import { getTranslation } from './utils/getTranslation';
import { WIDGETS } from './widgets';

type TranslationModule = { default: Record<string, string> };
type ContentManagerPlugin = { injectComponent(view: string, zone: string, component: { name: string; Component: React.ComponentType }): void };

const plugin: StrapiApp['appPlugins'][string] = {
  register(app) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: Search,
      intlLabel: { id: getTranslation('menu.label'), defaultMessage: 'Community search' },
      // Shown to admins who may open either page.
      permissions: [...PERMISSIONS.analytics, ...PERMISSIONS.settings],
      Component: () => import('./pages/App'),
    });
    app.widgets.register(WIDGETS);
    app.registerPlugin({
      id: PLUGIN_ID,
      initializer: Initializer,
      isReady: false,
      name: PLUGIN_ID,
    });
  },

  bootstrap(app) {
    // Import/export buttons on the Content Manager's member list (they render only there).
    (app.getPlugin('content-manager') as unknown as ContentManagerPlugin).injectComponent('listView', 'actions', {
      name: `${PLUGIN_ID}-member-transfer`,
      Component: MemberTransferActions,
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
