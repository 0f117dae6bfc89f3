import type { Core } from '@strapi/strapi';

const bootstrap = (_context: { strapi: Core.Strapi }) => {};

export default bootstrap;
