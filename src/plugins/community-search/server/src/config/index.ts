import { z } from 'zod';

import { PLUGIN_ID } from '../utils/plugin-id';
import { configSchema, defaultConfig } from './schema';

export default {
  default: defaultConfig,
  validator(config: unknown) {
    const result = configSchema.safeParse(config);
    if (!result.success) {
      throw new Error(`Invalid "${PLUGIN_ID}" plugin config:\n${z.prettifyError(result.error)}`);
    }
  },
};
