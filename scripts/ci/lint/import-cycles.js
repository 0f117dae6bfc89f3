#!/usr/bin/env node
// @ts-check
'use strict';

/**
 * No value-import cycles (issue 21 §5), part of `npm run lint`: among the TypeScript files of the
 * app, the plugins and the workspace packages, a chain of imports that carry values (not
 * `import type`, not imports whose every name is `type`) must not lead back to where it started —
 * such a cycle makes one module see the other half-initialised, depending on which is loaded first.
 * Type-only cycles are fine: they vanish at compile time. Reads each file with TypeScript's parser
 * (no type checking): about two seconds for the whole tree.
 */
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

const ROOT = path.resolve(__dirname, '..', '..', '..');
const SOURCE_DIRS = ['src', 'config', 'packages'];
const SKIPPED = new Set(['node_modules', 'dist', '__tests__', 'build', '.cache']);

/** @param {string[]} dirs @returns {string[]} */
const listSourceFiles = (dirs) => {
  /** @type {string[]} */
  const files = [];
  const walk = (/** @type {string} */ dir) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (SKIPPED.has(entry.name)) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(full);
    }
  };
  dirs.forEach(walk);
  return files;
};

/** @param {ts.ImportDeclaration} declaration */
const carriesValues = (declaration) => {
  const clause = declaration.importClause;
  if (!clause) return true; // import './side-effect'
  if (clause.isTypeOnly) return false;
  if (clause.name) return true;
  const bindings = clause.namedBindings;
  if (!bindings || ts.isNamespaceImport(bindings)) return true;
  return bindings.elements.length === 0 || bindings.elements.some((element) => !element.isTypeOnly);
};

/**
 * The cycles of value imports among the files, each as the list of its files (paths as given).
 * @param {string[]} files
 * @returns {string[][]}
 */
const findValueImportCycles = (files) => {
  const known = new Set(files);
  const resolve = (/** @type {string} */ from, /** @type {string} */ specifier) => {
    if (!specifier.startsWith('.')) return null;
    const base = path.resolve(path.dirname(from), specifier);
    return [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')].find((candidate) => known.has(candidate)) ?? null;
  };
  /** @type {Map<string, string[]>} */
  const graph = new Map();
  for (const file of files) {
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
    /** @type {string[]} */
    const targets = [];
    for (const statement of source.statements) {
      let specifier = null;
      if (ts.isImportDeclaration(statement) && carriesValues(statement)) specifier = statement.moduleSpecifier;
      else if (ts.isExportDeclaration(statement) && !statement.isTypeOnly && statement.moduleSpecifier) specifier = statement.moduleSpecifier;
      const target = specifier && ts.isStringLiteral(specifier) ? resolve(file, specifier.text) : null;
      if (target) targets.push(target);
    }
    graph.set(file, targets);
  }

  // Tarjan's strongly connected components: every component of more than one file (or a file
  // importing itself) is a cycle.
  let counter = 0;
  /** @type {Map<string, { index: number, low: number }>} */
  const marks = new Map();
  /** @type {string[]} */
  const stack = [];
  const onStack = new Set();
  /** @type {string[][]} */
  const cycles = [];
  const visit = (/** @type {string} */ file) => {
    const mark = { index: counter, low: counter };
    counter += 1;
    marks.set(file, mark);
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      const seen = marks.get(target);
      if (!seen) {
        visit(target);
        mark.low = Math.min(mark.low, /** @type {{ low: number }} */ (marks.get(target)).low);
      } else if (onStack.has(target)) mark.low = Math.min(mark.low, seen.index);
    }
    if (mark.low !== mark.index) return;
    /** @type {string[]} */
    const component = [];
    let member;
    do {
      member = /** @type {string} */ (stack.pop());
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || (graph.get(file) ?? []).includes(file)) cycles.push(component.reverse());
  };
  for (const file of files) if (!marks.has(file)) visit(file);
  return cycles;
};

module.exports = { findValueImportCycles, listSourceFiles };

if (require.main === module) {
  const files = listSourceFiles(SOURCE_DIRS.map((dir) => path.join(ROOT, dir)));
  const cycles = findValueImportCycles(files);
  if (cycles.length === 0) {
    console.log(`[import-cycles] no value-import cycles among ${files.length} files`);
  } else {
    for (const cycle of cycles) console.error(`[import-cycles] value imports go round: ${cycle.map((file) => path.relative(ROOT, file)).join(' → ')}`);
    console.error('[import-cycles] break each cycle (move the shared part down, or import only types with `import type`)');
    process.exit(1);
  }
}
