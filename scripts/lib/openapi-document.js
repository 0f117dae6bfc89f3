// @ts-check
'use strict';

/** Reading the OpenAPI document the documentation plugin generates (docs:openapi and its test). */

const METHODS = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options'];

/** The pathname of a server URL (`http://host/api` → `/api`), '' for the root. */
const serverPath = (url) => new URL(url, 'http://placeholder').pathname.replace(/\/+$/, '');

/**
 * Every documented operation as `METHOD /full/path` with Koa-style parameters (`/api/members/:id`),
 * the path's own servers taking precedence over the document's.
 * @param {any} document
 */
const documentedOperations = (document) => {
  const defaultBase = serverPath(document.servers?.[0]?.url ?? '/');
  const operations = new Set();
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    const base = item.servers?.[0]?.url ? serverPath(item.servers[0].url) : defaultBase;
    for (const method of METHODS) {
      if (item[method]) operations.add(`${method.toUpperCase()} ${base}${path.replace(/\{([^}]+)\}/g, ':$1')}`);
    }
  }
  return operations;
};

/** What is committed: without the generation time, so regenerating unchanged routes changes nothing. */
const normalizeDocument = (document) => {
  const copy = JSON.parse(JSON.stringify(document));
  if (copy.info) delete copy.info['x-generation-date'];
  return copy;
};

module.exports = { documentedOperations, normalizeDocument };
