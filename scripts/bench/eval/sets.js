// @ts-check
'use strict';

/**
 * The evaluation sets of `npm run eval:search`: the dev set (scripts/bench/eval/queries.js over the
 * synthetic community of scripts/lib/synthetic-community.js), used to find and fix failures, and
 * the held-out test set (scripts/bench/eval/heldout-v2/index.js; v1 in scripts/bench/eval/heldout/ as `test-v1`; each written by someone who never saw the code),
 * used only to measure. The test set is read through its interface alone:
 *   { generateMembers({ size, seed }) -> members, queries: Array<{ q, kind, relevant(member) }> }
 */
const path = require('node:path');

// The current held-out set is v2 (frozen 2026-12-07, seed 4242): v1 was read question by question
// while measuring, so it no longer counts as unseen and is kept only as `test-v1` for comparison.
const DEFAULT_HELDOUT_PATH = path.join(__dirname, 'heldout-v2', 'index.js');
const HELDOUT_V1_PATH = path.join(__dirname, 'heldout', 'index.js');
const SET_NAMES = ['dev', 'test', 'test-v1', 'all'];

/** Checks a set module's shape so a malformed one fails with what is wrong, not halfway through a run. */
const validateSet = (name, module) => {
  const problems = [];
  if (!module || typeof module !== 'object') problems.push('it exports nothing');
  else {
    if (typeof module.generateMembers !== 'function') problems.push('generateMembers is not a function');
    if (!Array.isArray(module.queries) || module.queries.length === 0) problems.push('queries is not a non-empty array');
    else {
      module.queries.forEach((query, index) => {
        if (!query || typeof query.q !== 'string' || query.q.trim() === '') problems.push(`queries[${index}].q is not a text`);
        else if (typeof query.kind !== 'string' || query.kind === '') problems.push(`queries[${index}] ("${query.q}") has no kind`);
        else if (typeof query.relevant !== 'function') problems.push(`queries[${index}] ("${query.q}") has no relevant(member)`);
      });
    }
  }
  if (problems.length > 0) throw new Error(`The ${name} evaluation set is malformed: ${problems.slice(0, 5).join('; ')}`);
  return module;
};

/**
 * The sets to run for `--set dev|test|test-v1|all`. `all` includes the test set only when it exists;
 * `test` without it is an error. The community seed differs per set (the test set's generator
 * uses its own default when it has one).
 * @param {{ set?: string, heldoutPath?: string, exists?: (file: string) => boolean, load?: (file: string) => any }} [options]
 * @returns {Array<{ name: string, generateMembers: (options: { size: number, seed?: number }) => any[], seed: number | undefined, perQuestion: boolean, queries: Array<{ q: string, kind: string, relevant: (member: any) => boolean }> }>}
 */
const loadEvalSets = ({ set = 'all', heldoutPath = DEFAULT_HELDOUT_PATH, exists, load } = {}) => {
  if (!SET_NAMES.includes(set)) throw new Error(`Unknown evaluation set "${set}": use one of ${SET_NAMES.join(', ')}`);
  const fileExists = exists ?? ((file) => require('node:fs').existsSync(file));
  const loadModule = load ?? ((file) => require(file));
  const sets = [];
  if (set === 'dev' || set === 'all') {
    const { generateMembers } = require('../../lib/synthetic-community');
    sets.push({ name: 'dev', ...validateSet('dev', { generateMembers, queries: require('./queries') }), seed: 7, perQuestion: true });
  }
  if (set === 'test' || set === 'all') {
    if (fileExists(heldoutPath)) {
      const heldout = validateSet('test', loadModule(heldoutPath));
      // Never per-question rows for a held-out set: its questions are measured, not read (scripts/bench/eval/report.js).
      sets.push({ name: 'test', generateMembers: heldout.generateMembers, queries: heldout.queries, seed: undefined, perQuestion: false });
    } else if (set === 'test') {
      throw new Error(`The held-out test set is not there yet (${path.relative(process.cwd(), heldoutPath)})`);
    }
  }
  if (set === 'test-v1') {
    const heldoutV1 = validateSet('test-v1', loadModule(HELDOUT_V1_PATH));
    sets.push({ name: 'test-v1', generateMembers: heldoutV1.generateMembers, queries: heldoutV1.queries, seed: undefined, perQuestion: false });
  }
  return sets;
};

module.exports = { loadEvalSets, validateSet, DEFAULT_HELDOUT_PATH, HELDOUT_V1_PATH };
