import type { Core } from '@strapi/strapi';

import { readConfiguredPublicUrl } from '../src/lib/public-url';

/**
 * Absolute links shown to people (src/lib/public-url.ts linkBase): PUBLIC_URL when the operator set
 * it, otherwise (development only; production refuses to start) the origin of each request.
 */
const config = ({ env }: Core.Config.Shared.ConfigParams) => ({
  publicUrl: readConfiguredPublicUrl(env),
});

export default config;
