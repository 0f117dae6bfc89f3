import bootstrap from './bootstrap';
import config from './config';
import contentTypes from './content-types';
import controllers from './controllers';
import destroy from './destroy';
import middlewares from './middlewares';
import policies from './policies';
import register from './register';
import routes from './routes';
import services from './services';
import type { ExtensionsService } from './services/extensions';

export default {
  register,
  bootstrap,
  destroy,
  config,
  controllers,
  routes,
  services,
  contentTypes,
  policies,
  middlewares,
};

/** The public API other plugins build on (docs/extending.md); everything else is internal. */
export type { PlanRegistration, SubscriptionChangedListener } from './services/extensions';
export type { BillingEvents, SubscriptionChangedEvent } from './utils/events';
export type { Interval } from './domain/catalogue';

/** The `extensions` service as other plugins use it: `strapi.plugin('billing').service('extensions')`. */
export type BillingExtensions = Pick<ExtensionsService, 'registerPlan' | 'onSubscriptionChanged'>;
