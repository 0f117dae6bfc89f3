import type { AdminScopeService } from '../services/admin-scope';
import type { CheckoutService } from '../services/checkout';
import type { ClockService } from '../services/clock';
import type { CommunitiesService } from '../services/communities';
import type { CustomersService } from '../services/customers';
import type { EventsService } from '../services/events';
import type { ExtensionsService } from '../services/extensions';
import type { OverviewService } from '../services/overview';
import type { PluginInfoService } from '../services/plugin-info';
import type { SettingsService } from '../services/settings';
import type { StripeClientService } from '../services/stripe-client';
import type { SubscriptionSyncService } from '../services/subscription-sync';
import { PLUGIN_ID } from './plugin-id';

type Services = {
  'admin-scope': AdminScopeService;
  checkout: CheckoutService;
  clock: ClockService;
  communities: CommunitiesService;
  customers: CustomersService;
  events: EventsService;
  extensions: ExtensionsService;
  overview: OverviewService;
  'plugin-info': PluginInfoService;
  settings: SettingsService;
  'stripe-client': StripeClientService;
  'subscription-sync': SubscriptionSyncService;
};

export const getService = <TName extends keyof Services>(name: TName): Services[TName] =>
  strapi.plugin(PLUGIN_ID).service(name) as Services[TName];
