#!/usr/bin/env node
'use strict';

// Self-check of the held-out set v2: prints how many searchable members (active and directory-visible)
// each question has, and exits 1 when an answerable question has none, an unanswerable one has any,
// the generator is not deterministic, or phones/emails are not unique or not well formed.
//   node scripts/bench/eval/heldout-v2/check.js [--quiet] [--seed N] [--size N]

const { generateMembers, queries } = require('./index');
const { UNANSWERABLE } = require('./queries');

const DEFAULT_SEED = 4242;
const DEFAULT_SIZE = 800;
const PHONE_PATTERN = /^\+91[6-9]\d{9}$/;
const EMAIL_PATTERN = /^[a-z0-9._]+@[a-z0-9.-]+\.[a-z]{2,}$/;

function optionValue(argv, name, fallback) {
  const at = argv.indexOf(name);
  if (at === -1) return fallback;
  const value = Number(argv[at + 1]);
  if (!Number.isInteger(value)) throw new Error(`${name} takes a whole number`);
  return value;
}

function duplicatesOf(values) {
  const seen = new Set();
  const twice = new Set();
  for (const value of values) (seen.has(value) ? twice : seen).add(value);
  return [...twice];
}

function median(sorted) {
  return sorted.length === 0 ? 0 : sorted[Math.floor((sorted.length - 1) / 2)];
}

function memberProblems(members) {
  const problems = [];
  const badPhones = members.filter((m) => !PHONE_PATTERN.test(m.phone)).length;
  const badEmails = members.filter((m) => !EMAIL_PATTERN.test(m.email)).length;
  if (badPhones > 0) problems.push(`${badPhones} phones are not E.164 +91 numbers`);
  if (badEmails > 0) problems.push(`${badEmails} emails are malformed`);
  const phoneTwice = duplicatesOf(members.map((m) => m.phone)).length;
  const emailTwice = duplicatesOf(members.map((m) => m.email.toLowerCase())).length;
  if (phoneTwice > 0) problems.push(`${phoneTwice} phones are used twice`);
  if (emailTwice > 0) problems.push(`${emailTwice} emails are used twice`);
  const owners = members.filter((m) => m.annualTurnoverInr !== null);
  if (owners.some((m) => !Number.isInteger(m.annualTurnoverInr) || m.annualTurnoverInr <= 0)) problems.push('a turnover is not a positive whole number');
  const tooLong = members.filter((m) => m.name.length > 200 || (m.city || '').length > 100 || (m.organization || '').length > 200 || (m.bio || '').length > 5000).length;
  if (tooLong > 0) problems.push(`${tooLong} members have a field longer than the schema allows`);
  return problems;
}

function main(argv) {
  const quiet = argv.includes('--quiet');
  const seed = optionValue(argv, '--seed', DEFAULT_SEED);
  const size = optionValue(argv, '--size', DEFAULT_SIZE);
  const members = generateMembers({ size, seed });
  const problems = memberProblems(members);
  if (JSON.stringify(generateMembers({ size, seed })) !== JSON.stringify(members)) problems.push('the generator is not deterministic');
  const duplicateQuestions = duplicatesOf(queries.map((query) => query.q.toLowerCase()));
  if (duplicateQuestions.length > 0) problems.push(`questions asked twice: ${duplicateQuestions.join(' | ')}`);

  const searchable = members.filter((m) => m.isActive && m.directoryVisible);
  const countsByKind = new Map();
  for (const { q, kind, relevant } of queries) {
    const count = searchable.filter((m) => relevant(m)).length;
    const bad = kind === UNANSWERABLE ? count > 0 : count === 0;
    if (bad) problems.push(`${kind === UNANSWERABLE ? 'unanswerable question has answers' : 'no relevant member'}: [${kind}] ${q} (${count})`);
    if (!quiet) console.log(`${String(count).padStart(4)}  [${kind}] ${q}`);
    if (!countsByKind.has(kind)) countsByKind.set(kind, []);
    countsByKind.get(kind).push(count);
  }

  console.log(`\nseed ${seed}, size ${size}: ${searchable.length} searchable members, ${queries.length} questions`);
  for (const [kind, counts] of countsByKind) {
    const sorted = counts.slice().sort((a, b) => a - b);
    console.log(`  ${kind.padEnd(15)} ${String(counts.length).padStart(3)} questions, relevant min/median/max ${sorted[0]} / ${median(sorted)} / ${sorted[sorted.length - 1]}`);
  }
  for (const problem of problems) console.log(`PROBLEM: ${problem}`);
  console.log(problems.length === 0 ? 'OK' : `${problems.length} problem(s)`);
  return problems.length === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
