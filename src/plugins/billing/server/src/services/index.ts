import adminScope from './admin-scope';
import checkout from './checkout';
import clock from './clock';
import communities from './communities';
import customers from './customers';
import extensions from './extensions';
import events from './events';
import overview from './overview';
import pluginInfo from './plugin-info';
import settings from './settings';
import stripeClient from './stripe-client';
import subscriptionSync from './subscription-sync';

export default {
  'admin-scope': adminScope,
  checkout,
  clock,
  communities,
  customers,
  extensions,
  events,
  overview,
  'plugin-info': pluginInfo,
  settings,
  'stripe-client': stripeClient,
  'subscription-sync': subscriptionSync,
};
