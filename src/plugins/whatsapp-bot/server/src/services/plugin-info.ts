import type { Core } from '@strapi/strapi';

import type { WhatsappBotConfig } from '../config/schema';
import { PLUGIN_ID } from '../utils/plugin-id';

export type PluginInfo = {
  plugin: string;
  ready: boolean;
  features: Record<string, boolean | string>;
};

const pluginInfoService = ({ strapi }: { strapi: Core.Strapi }) => ({
  describe(): PluginInfo {
    const config = strapi.config.get(`plugin::${PLUGIN_ID}`) as WhatsappBotConfig;
    return {
      plugin: PLUGIN_ID,
      ready: true,
      // Only whether integrations are configured, never the secrets themselves.
      features: {
        twilioConfigured: Boolean(config.twilioAccountSid && config.twilioAuthToken),
      },
    };
  },
});

export type PluginInfoService = ReturnType<typeof pluginInfoService>;

export default pluginInfoService;
