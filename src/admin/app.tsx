import { PlusCircle } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';

import { MEMBER_CUSTOM_FIELDS } from './custom-fields';
import { memberCommunityDefaultPanel } from './member-community-default';
import { memberListColumns, memberListFilters } from './member-list';
import { orderWidgets } from './widget-order';

const CM_LIST_FILTERS_HOOK = 'Admin/CM/pages/ListView/inject-in-filters';
const CM_LIST_COLUMNS_HOOK = 'Admin/CM/pages/ListView/inject-column-in-table';

/** The part of the Content Manager's admin API used here (its plugin object is typed loosely). */
type ContentManagerApis = { apis: { addEditViewSidePanel(panels: unknown[]): void } };

export default {
  config: {
    locales: [],
    translations: {
      en: {
        'Auth.form.welcome.title': 'Welcome to Community Connect',
        'Auth.form.welcome.subtitle': 'Log in to manage your community',
      },
    },
    tutorials: false,
    notifications: { releases: false },
  },
  register(app: StrapiApp) {
    // Runs after every plugin registered its widgets.
    app.widgets.register(orderWidgets);
    // The inputs of the custom fields the server registers (src/lib/member-custom-fields.ts).
    app.customFields.register(MEMBER_CUSTOM_FIELDS);
    // Super admins only: nobody else holds the onboarding action.
    app.addMenuLink({
      to: 'new-community',
      icon: PlusCircle,
      intlLabel: { id: 'community-connect.new-community', defaultMessage: 'New community' },
      permissions: [{ action: 'api::communities.onboard', subject: null }],
      Component: () => import('./pages/NewCommunityPage'),
    });
  },
  bootstrap(app: Pick<StrapiApp, 'registerHook' | 'getPlugin'>) {
    app.registerHook(CM_LIST_FILTERS_HOOK, memberListFilters);
    app.registerHook(CM_LIST_COLUMNS_HOOK, memberListColumns);
    const contentManager = app.getPlugin('content-manager') as unknown as ContentManagerApis;
    contentManager.apis.addEditViewSidePanel([memberCommunityDefaultPanel]);
  },
};
