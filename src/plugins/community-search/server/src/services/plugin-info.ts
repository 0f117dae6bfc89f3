import type { Core } from '@strapi/strapi';

import type { CommunitySearchConfig } from '../config/schema';
import { PLUGIN_ID } from '../utils/plugin-id';

export type PluginInfo = {
  plugin: string;
  ready: boolean;
  features: Record<string, boolean | string>;
};

const pluginInfoService = ({ strapi }: { strapi: Core.Strapi }) => ({
  describe(): PluginInfo {
    const config = strapi.config.get(`plugin::${PLUGIN_ID}`) as CommunitySearchConfig;
    return {
      plugin: PLUGIN_ID,
      ready: true,
      // Only whether integrations are configured, never the secrets themselves.
      features: {
        queryParser: config.queryParser,
        embeddingsProvider: config.embeddingsProvider,
      },
    };
  },
});

export type PluginInfoService = ReturnType<typeof pluginInfoService>;

export default pluginInfoService;
