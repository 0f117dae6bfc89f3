// @ts-check
'use strict';

/**
 * Distinct search questions for `npm run bench:search`: every request of a run asks something not
 * asked before in that run, so neither the parse cache nor a result cache answers it. Questions are
 * built from the synthetic community's own vocabulary (skills, roles, places, employers, years) in
 * the shapes members type: filter-only, words only, and both.
 */
const { createRandom, INDUSTRIES, CITIES } = require('./synthetic-community');

const CITY_ALIASES = { Mumbai: ['Bombay'], Chennai: ['Madras'], Bengaluru: ['Bangalore'], Kolkata: ['Calcutta'], Gurugram: ['Gurgaon'] };

/** @type {Array<(pick: <T>(list: T[]) => T, random: () => number) => string>} */
const SHAPES = [
  (pick) => `${pick(skills)} experts in ${pick(places)}`,
  (pick) => `${plural(pick(designations))} in ${pick(places)}`,
  (pick) => `anyone who knows ${pick(skills).toLowerCase()}`,
  (pick, random) => `${pick(skills)} people from the batch of ${String(80 + Math.floor(random() * 20)).slice(-2)}`,
  (pick) => `who works at ${pick(organizations)}`,
  (pick) => `need help with ${pick(skills).toLowerCase()} in ${pick(places)}`,
  (pick, random) => `${pick(designations)} graduated in ${1980 + Math.floor(random() * 43)}`,
  (pick, random) => `founders in ${pick(industries).toLowerCase()} with turnover over ${1 + Math.floor(random() * 20)} crore`,
  (pick) => `${pick(skills)} and ${pick(skills)} in ${pick(places)}`,
  (pick) => `someone in ${pick(places)} for ${pick(skills).toLowerCase()}`,
  (pick) => `looking for a ${pick(designations).toLowerCase()} near ${pick(places)}`,
  (pick) => `${pick(bioWords)} ${pick(bioWords)} ${pick(places)}`,
  (pick) => `${pick(designations)} at ${pick(organizations)} in ${pick(places)}`,
  (pick) => `${pick(bioWords)} ${pick(bioWords)}`,
];

const unique = (values) => [...new Set(values)];
const industries = INDUSTRIES.map((entry) => entry.industry);
const skills = unique(INDUSTRIES.flatMap((entry) => entry.skills));
const designations = unique(INDUSTRIES.flatMap((entry) => entry.designations));
const organizations = unique(INDUSTRIES.flatMap((entry) => entry.organizations));
const places = unique(CITIES.flatMap(([city]) => [city, ...(CITY_ALIASES[city] ?? [])]));
const bioWords = unique(
  INDUSTRIES.flatMap((entry) => entry.bios.flatMap((bio) => bio.toLowerCase().replace(/[^a-z ]/g, '').split(' ')))
).filter((word) => word.length > 4);
const plural = (word) => (word.endsWith('s') ? word : `${word}s`);

/**
 * `count` distinct questions, in a seeded order.
 * @param {number} count
 * @param {number} [seed]
 */
const distinctQuestions = (count, seed = 20) => {
  const random = createRandom(seed);
  /** @type {<T>(list: T[]) => T} */
  const pick = (list) => list[Math.floor(random() * list.length)];
  const seen = new Set();
  const questions = [];
  let attempts = 0;
  while (questions.length < count) {
    attempts += 1;
    if (attempts > count * 50) throw new Error(`only ${questions.length} distinct questions could be made (asked for ${count})`);
    const question = SHAPES[attempts % SHAPES.length](pick, random);
    const key = question.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    questions.push(question);
  }
  return questions;
};

module.exports = { distinctQuestions };
