// @ts-check
'use strict';

/**
 * ESLint rule `local/import-boundaries`: which parts of the house may import which. Each zone names
 * the importing files (a regular expression over the file's path from the repository root, with
 * forward slashes) and either
 *   - `stayWithin: true`: relative imports must stay inside the part the expression matched (a
 *     plugin, a workspace package), so shared code comes in as a package (`@community-connect/kit`),
 *     never by reaching into the app; or
 *   - `forbidden`: targets (same kind of expression) the importing files must not import, except the
 *     files listed in `allow` (known debt, each listed by path so that new ones fail).
 * Checks `import`, `import type`, `export … from`, `import()` and `require()` with a literal path;
 * bare package names are left to the package manager.
 */
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..', '..');

/** @param {string} file */
const fromRoot = (file) => path.relative(ROOT, file).split(path.sep).join('/');

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps the app, its plugins and the shared packages from importing across their boundaries' },
    schema: [
      {
        type: 'object',
        properties: {
          zones: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                importer: { type: 'string' },
                stayWithin: { type: 'boolean' },
                forbidden: { type: 'string' },
                allow: { type: 'array', items: { type: 'string' } },
                message: { type: 'string' },
              },
              required: ['importer', 'message'],
              additionalProperties: false,
            },
          },
        },
        additionalProperties: false,
      },
    ],
    messages: { crossed: '{{message}} ({{target}})' },
  },
  create(context) {
    const file = fromRoot(context.filename);
    /** @type {Array<{ importer: string, stayWithin?: boolean, forbidden?: string, allow?: string[], message: string }>} */
    const zones = context.options[0]?.zones ?? [];
    const applicable = zones
      .map((zone) => ({ zone, match: new RegExp(zone.importer).exec(file) }))
      .filter(({ zone, match }) => match !== null && !(zone.allow ?? []).includes(file));
    if (applicable.length === 0) return {};

    /** @param {import('estree').Node} node @param {unknown} source */
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = fromRoot(path.resolve(path.dirname(context.filename), source));
      for (const { zone, match } of applicable) {
        const within = match?.[0] ?? '';
        const crossed = zone.stayWithin ? !`${target}/`.startsWith(within) : new RegExp(/** @type {string} */ (zone.forbidden)).test(target);
        if (crossed) context.report({ node, messageId: 'crossed', data: { message: zone.message, target } });
      }
    };

    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments[0]?.type === 'Literal') check(node, node.arguments[0].value);
      },
    };
  },
};

module.exports = rule;
