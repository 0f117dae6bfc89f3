import { getService } from '../utils';
import { PLUGIN_ID } from '../utils/plugin-id';

export type PluginInfo = {
  plugin: string;
  ready: boolean;
  features: Record<string, boolean | string>;
};

const pluginInfoService = () => ({
  describe(): PluginInfo {
    return {
      plugin: PLUGIN_ID,
      ready: true,
      // Only whether integrations are configured, never the secrets themselves.
      features: { stripeConfigured: getService('settings').isConfigured() },
    };
  },
});

export type PluginInfoService = ReturnType<typeof pluginInfoService>;

export default pluginInfoService;
