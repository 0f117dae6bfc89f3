#!/usr/bin/env node
// @ts-check
'use strict';

/**
 * Self-check of the held-out set: prints how many searchable members (active and
 * directory-visible, as the harness keeps them) each question has as relevant.
 * Exits non-zero if an answerable question has none, an unanswerable one has any,
 * the generator is not deterministic, or the member records are malformed.
 *
 *   node scripts/bench/eval/heldout/check.js [--size 800] [--seed 2026] [--quiet]
 */

const { generateMembers, queries } = require('./index');

/** @param {string} name @param {number} fallback */
function argValue(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}
const size = argValue('--size', 800);
const seed = argValue('--seed', 2026);
const quiet = process.argv.includes('--quiet');

const members = generateMembers({ size, seed });
const searchable = members.filter((m) => m.isActive && m.directoryVisible);
/** @type {string[]} */
const problems = [];

if (JSON.stringify(generateMembers({ size, seed })) !== JSON.stringify(members)) {
  problems.push('generator is not deterministic for the same seed');
}
if (members.length !== size) problems.push(`expected ${size} members, got ${members.length}`);

const phones = new Set(members.map((m) => m.phone));
if (phones.size !== members.length) problems.push('phone numbers are not unique');
const emails = new Set(members.map((m) => m.email));
if (emails.size !== members.length) problems.push('emails are not unique');
for (const m of members) {
  if (!/^\+9198\d{8}$/.test(m.phone)) problems.push(`bad phone ${m.phone}`);
  if (m.graduationYear < 1975 || m.graduationYear > 2024) problems.push(`bad year ${m.graduationYear} for ${m.name}`);
  if (m.skills.length === 0) problems.push(`no skills for ${m.name}`);
}

/** @type {Record<string, number>} */
const perKind = {};
for (const { q, kind, relevant } of queries) {
  perKind[kind] = (perKind[kind] || 0) + 1;
  const count = searchable.filter(relevant).length;
  const ok = kind === 'unanswerable' ? count === 0 : count >= 1;
  if (!ok) problems.push(`${kind}: "${q}" has ${count} relevant members`);
  if (!quiet || !ok) console.log(`${ok ? '  ' : '!!'} ${String(count).padStart(4)}  ${kind.padEnd(14)} ${q}`);
}

const questions = new Set(queries.map((x) => x.q));
if (questions.size !== queries.length) problems.push('duplicate question text');

console.log(`\n${members.length} members (${searchable.length} active and visible), seed ${seed}, ${queries.length} questions`);
console.log(Object.entries(perKind).map(([k, n]) => `${k}: ${n}`).join(', '));
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s):\n- ${problems.slice(0, 50).join('\n- ')}`);
  process.exit(1);
}
console.log('ok');
