import { createServer } from 'node:net';
import path from 'node:path';
import fs from 'node:fs';

import { createStrapi, type Core } from '@strapi/strapi';

const appDir = path.resolve(__dirname, '..', '..', '..');

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

export type RunningApp = { strapi: Core.Strapi; baseUrl: string };

/**
 * Starts the built app (dist/, with the admin bundle in dist/build) listening on a free port,
 * as `npm start` would, in this process so the tests can seed data through its services.
 */
export const startApp = async (): Promise<RunningApp> => {
  if (!fs.existsSync(path.join(appDir, 'dist', 'build', 'index.html'))) {
    throw new Error('The admin panel is not built: run `npm run build` first (npm run test:e2e does)');
  }
  const port = await freePort();
  process.env.PORT = String(port);
  process.env.PUBLIC_URL = `http://127.0.0.1:${port}`;
  const strapi = createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false });
  strapi.log.level = process.env.TEST_LOG_LEVEL ?? 'error';
  await strapi.start();
  return { strapi, baseUrl: `http://127.0.0.1:${port}` };
};

export const stopApp = async (app: RunningApp | undefined) => {
  if (app) await app.strapi.destroy();
};
