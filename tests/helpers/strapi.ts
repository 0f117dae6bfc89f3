import path from 'node:path';

import { createStrapi, type Core } from '@strapi/strapi';
import request from 'supertest';

const appDir = path.resolve(__dirname, '..', '..');

/** Boots the compiled app (dist/) against the test database, without listening on a port. */
export const bootStrapi = async (): Promise<Core.Strapi> => {
  const instance = createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false });
  instance.log.level = process.env.TEST_LOG_LEVEL ?? 'error';
  try {
    await instance.load();
  } catch (error) {
    // Release the database connection so the next suite can boot.
    await instance.destroy().catch(() => undefined);
    throw error;
  }
  instance.server.mount();
  return instance;
};

export const stopStrapi = async (instance: Core.Strapi | undefined) => {
  if (instance) await instance.destroy();
};

export const http = (instance: Core.Strapi) => request(instance.server.httpServer);
