import type { PluginInfoService } from '../services/plugin-info';
import { PLUGIN_ID } from './plugin-id';

type Services = {
  'plugin-info': PluginInfoService;
};

export const getService = <TName extends keyof Services>(name: TName): Services[TName] =>
  strapi.plugin(PLUGIN_ID).service(name) as Services[TName];
