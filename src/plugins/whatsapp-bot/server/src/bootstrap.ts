import type { Core } from '@strapi/strapi';

import { ensureWhatsappSchema } from './repositories/schema';
import type { WhatsappBotConfig } from './config/schema';
import { getService } from './utils';
import { PLUGIN_ID } from './utils/plugin-id';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  const { twilioApiBaseUrl } = strapi.config.get(`plugin::${PLUGIN_ID}`) as WhatsappBotConfig;
  if (twilioApiBaseUrl && process.env.NODE_ENV === 'production') {
    // The Twilio credentials would go to that host.
    throw new Error('whatsapp-bot: TWILIO_API_BASE_URL is for tests and the simulator; unset it in production');
  }
  await ensureWhatsappSchema(strapi.db.connection);
  await getService('queues').start();
};

export default bootstrap;
