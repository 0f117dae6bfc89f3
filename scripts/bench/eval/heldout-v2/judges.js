'use strict';

// Helpers that decide relevance from what the generator wrote, and nothing else.

const { INDEXES, CURRENT_YEAR } = require('./community');
const { PLACE_BY_KEY, GULF_COUNTRIES } = require('./places');
const { EMPLOYERS, SPEAKER_SENTENCES } = require('./people');

const EMPLOYER_BY_KEY = new Map(EMPLOYERS.map((employer) => [employer.key, employer]));
const WORK_SENTENCES = [...INDEXES.sentenceIndex.entries()];

function skillEntries(member) {
  return (member.skills || []).map((skill) => INDEXES.skillIndex.get(String(skill).toLowerCase())).filter(Boolean);
}

function workEntries(member) {
  const bio = member.bio || '';
  return WORK_SENTENCES.filter(([sentence]) => bio.includes(sentence)).map(([, entry]) => entry);
}

// Every skill wording and every work sentence belongs to one profession, so either gives it back.
function professionOf(member) {
  const [entry] = [...skillEntries(member), ...workEntries(member)];
  return entry ? entry.profession : null;
}

function is(member, ...professions) {
  return professions.includes(professionOf(member));
}

// Does the member do this skill: listed among their skills, or described in their bio in everyday words.
function does(member, ...concepts) {
  return [...skillEntries(member), ...workEntries(member)].some((entry) => concepts.includes(entry.concept));
}

function checkedPlace(key) {
  const place = PLACE_BY_KEY.get(key);
  if (!place) throw new Error(`unknown place ${key}`);
  return place;
}

// The city as stored, under its current or an older name.
function inPlace(member, ...keys) {
  const city = String(member.city || '').trim().toLowerCase();
  return keys.some((key) => checkedPlace(key).names.some((name) => name.toLowerCase() === city));
}

function inState(member, state) {
  return member.state === state;
}

function inCountry(member, country) {
  return member.country === country;
}

function inGulf(member) {
  return GULF_COUNTRIES.includes(member.country);
}

function isOwner(member) {
  return member.annualTurnoverInr !== null && member.annualTurnoverInr !== undefined;
}

function turnoverBetween(member, low, high) {
  return isOwner(member) && member.annualTurnoverInr >= low && member.annualTurnoverInr <= high;
}

function graduatedBetween(member, first, last) {
  return member.graduationYear >= first && member.graduationYear <= last;
}

// Years of experience: what the bio says, else the years since graduation.
function experienceOf(member) {
  const said = /(\d+) years in the field|at it for (\d+) years/.exec(member.bio || '');
  if (said) return Number(said[1] || said[2]);
  return CURRENT_YEAR - member.graduationYear;
}

function degreeIs(member, pattern) {
  return pattern.test(member.degree || '');
}

function branchIs(member, pattern) {
  return pattern.test(member.branch || '');
}

function worksAt(member, key) {
  const employer = EMPLOYER_BY_KEY.get(key);
  if (!employer) throw new Error(`unknown employer ${key}`);
  return employer.names.includes(member.organization);
}

function hasSpoken(member) {
  return SPEAKER_SENTENCES.some((sentence) => (member.bio || '').includes(sentence));
}

// Any text the member wrote, for the questions nobody can answer.
function mentions(member, pattern) {
  const fields = [member.organization, member.designation, member.industry, member.degree, member.branch, member.bio, member.city];
  return [...fields, ...(member.skills || [])].some((text) => pattern.test(String(text || '')));
}

const DOCTORS = ['paeds', 'cardio', 'derma'];
const CRORE = 10000000;
const LAKH = 100000;

module.exports = {
  professionOf,
  is,
  does,
  inPlace,
  inState,
  inCountry,
  inGulf,
  isOwner,
  turnoverBetween,
  graduatedBetween,
  experienceOf,
  degreeIs,
  branchIs,
  worksAt,
  hasSpoken,
  mentions,
  DOCTORS,
  CRORE,
  LAKH,
};
