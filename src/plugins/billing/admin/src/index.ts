import { PriceTag } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';

import { Initializer } from './components/Initializer';
import { PERMISSIONS } from './permissions';
import { PLUGIN_ID } from './pluginId';
import { getTranslation } from './utils/getTranslation';

type TranslationModule = { default: Record<string, string> };

const plugin: StrapiApp['appPlugins'][string] = {
  register(app) {
    // Shown to admins with the billing permission (the Community Admin role has it): /admin/plugins/billing.
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: PriceTag,
      intlLabel: { id: getTranslation('plugin.name'), defaultMessage: 'Billing' },
      permissions: PERMISSIONS.read as never,
      Component: () => import('./pages/BillingPage'),
    });
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
          const { default: messages } = (await import(`./translations/${locale}.json`)) as TranslationModule;
          const prefixed = Object.fromEntries(Object.entries(messages).map(([key, value]) => [getTranslation(key), value]));
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
