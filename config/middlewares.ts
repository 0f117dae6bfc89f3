import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => {
  const allowedOrigins = env.array('ALLOWED_ORIGINS', []);

  return [
    'strapi::logger',
    'strapi::errors',
    'strapi::security',
    allowedOrigins.length > 0
      ? { name: 'strapi::cors', config: { origin: allowedOrigins } }
      : 'strapi::cors',
    'strapi::poweredBy',
    'strapi::query',
    'strapi::body',
    'strapi::session',
    'strapi::favicon',
    'strapi::public',
  ];
};

export default config;
