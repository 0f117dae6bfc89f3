import { PlusCircle } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';

import { adminScopeMiddleware } from './admin-scope';
import { switchOffGuidedTour } from './guided-tour';
import { MEMBER_CUSTOM_FIELDS } from './custom-fields';
import { memberCommunityDefaultPanel } from './member-community-default';
import { memberListColumns, memberListFilters } from './member-list';
import { installMemberListRecovery } from './member-list-recovery';
import { hideStrapiChrome } from './strapi-chrome';
import { orderWidgets, restrictPlatformWideWidgets } from './widget-order';

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
        // Strapi's delete dialogs say "irreversible"; deleting a member deactivates them
        // (src/lib/member-admin-delete.ts). The same dialogs serve every content type.
        'content-manager.actions.delete.dialog.body':
          "The member will be deactivated: hidden from search and the directory; their data stays. To delete a member's data, carry out an erasure (see the admin guide). Entries of other types are deleted permanently.",
        'popUpWarning.bodyMessage.contentType.delete.all':
          "Members will be deactivated: hidden from search and the directory; their data stays. To delete a member's data, carry out an erasure (see the admin guide). Entries of other types are deleted permanently.",
      },
    },
    tutorials: false,
    notifications: { releases: false },
  },
  register(app: StrapiApp) {
    // Marks the document with the signed-in admin's scope (platform or community) for strapi-chrome.ts.
    app.addMiddlewares([adminScopeMiddleware]);
    // Runs after every plugin registered its widgets.
    app.widgets.register(orderWidgets);
    app.widgets.register(restrictPlatformWideWidgets);
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
    // A member list the server refuses (a bad filter) offers "Clear filters" instead of a dead end.
    installMemberListRecovery();
    if (typeof window !== 'undefined') {
      switchOffGuidedTour(window.localStorage);
      // Strapi's pricing and Cloud links everywhere; its homepage customising for community admins.
      hideStrapiChrome(window.document);
    }
    const contentManager = app.getPlugin('content-manager') as unknown as ContentManagerApis;
    contentManager.apis.addEditViewSidePanel([memberCommunityDefaultPanel]);
  },
};
