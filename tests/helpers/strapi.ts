import path from 'node:path';

import { createStrapi, type Core } from '@strapi/strapi';
import request from 'supertest';

const appDir = path.resolve(__dirname, '..', '..');

/**
 * Strapi loads plugins and the app's APIs side by side: when a plugin's config is refused, the APIs
 * are still being read from dist/. Waiting for them keeps those reads from landing after Jest has
 * torn the suite down (which fails the run).
 */
const apisLoaded = async (instance: Core.Strapi, timeoutMs = 5000) => {
  const deadline = Date.now() + timeoutMs;
  while (Object.keys(instance.get('apis').getAll()).length === 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

/** Boots the compiled app (dist/) against the test database, without listening on a port. */
export const bootStrapi = async (): Promise<Core.Strapi> => {
  const instance = createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false });
  instance.log.level = process.env.TEST_LOG_LEVEL ?? 'error';
  try {
    await instance.load();
  } catch (error) {
    // Release the database connection so the next suite can boot.
    await instance.destroy().catch(() => undefined);
    await apisLoaded(instance);
    throw error;
  }
  instance.server.mount();
  return instance;
};

export const stopStrapi = async (instance: Core.Strapi | undefined) => {
  if (instance) await instance.destroy();
};

export const http = (instance: Core.Strapi) => request(instance.server.httpServer);
