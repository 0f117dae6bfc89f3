'use strict';

// Deterministic generator of a synthetic alumni/business community (held-out set v2).
// No dependencies: its own small PRNG (sfc32 seeded through a splitmix32 scramble of the seed).

const { PLACES, PLACE_BY_KEY } = require('./places');
const { PROFESSIONS } = require('./professions');
const { FIRST_NAMES, SURNAMES, EMPLOYERS, SPEAKER_SENTENCES, HOBBY_SENTENCES } = require('./people');

const CURRENT_YEAR = 2026;
const FIRST_YEAR = 1972;
const LAST_YEAR = 2025;
const HUB_SHARE = 0.5; // share of a profession's members who live in one of its hub cities
const EMPLOYER_SHARE = 0.3; // share of employees who work at one of the large employers
const OLD_NAME_SHARE = 0.15; // share of members in a renamed city who type the older name
const FIRM_PREFIXES = ['Shree Ganesh', 'Navrang', 'Sunrise', 'Triveni', 'Anmol', 'Sagar', 'Pragati', 'Kesar'];
const EMAIL_DOMAINS = ['example.org', 'example.net', 'example.com'];
const SKILL_SENTENCES = ['Known locally for {s}.', 'Mostly works on {s} these days.', 'Ask about {s}.'];

function splitmix32(seed) {
  let z = (seed + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

function createRandom(seed) {
  let a = splitmix32(seed);
  let b = splitmix32(a);
  let c = splitmix32(b);
  let d = 1;
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i += 1) next();
  const pick = (list) => list[Math.floor(next() * list.length)];
  const pickWeighted = (list, weightOf) => {
    const total = list.reduce((sum, item) => sum + weightOf(item), 0);
    let ticket = next() * total;
    for (const item of list) {
      ticket -= weightOf(item);
      if (ticket < 0) return item;
    }
    return list[list.length - 1];
  };
  const sample = (list, count) => {
    const pool = list.slice();
    const chosen = [];
    while (chosen.length < count && pool.length > 0) chosen.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);
    return chosen;
  };
  return { next, pick, pickWeighted, sample };
}

// Look-up tables from the vocabulary: every skill wording and work sentence names one profession
// and one skill (concept). Built once; a clash is a bug in the vocabulary, so it throws.
function buildIndexes() {
  const skillIndex = new Map();
  const sentenceIndex = new Map();
  const conceptOwner = new Map();
  for (const profession of PROFESSIONS) {
    for (const concept of profession.skills) {
      if (conceptOwner.has(concept.id)) throw new Error(`skill id ${concept.id} used twice`);
      conceptOwner.set(concept.id, profession.key);
      for (const name of concept.names) {
        const folded = name.toLowerCase();
        if (skillIndex.has(folded)) throw new Error(`skill wording "${name}" used twice`);
        skillIndex.set(folded, { profession: profession.key, concept: concept.id });
      }
    }
    for (const [sentence, concept] of profession.work) {
      if (sentenceIndex.has(sentence)) throw new Error(`work sentence used twice: ${sentence}`);
      if (concept !== null && conceptOwner.get(concept) !== profession.key) {
        throw new Error(`work sentence names skill ${concept} of another profession`);
      }
      sentenceIndex.set(sentence, { profession: profession.key, concept });
    }
    for (const hub of profession.hubs) {
      if (!PLACE_BY_KEY.has(hub)) throw new Error(`unknown hub ${hub}`);
    }
  }
  return { skillIndex, sentenceIndex, conceptOwner };
}

const INDEXES = buildIndexes();

function graduationYearFrom(random) {
  const span = LAST_YEAR - FIRST_YEAR + 1;
  return FIRST_YEAR + Math.min(span - 1, Math.floor(((random.next() + random.next()) / 2) * span));
}

function placeFor(random, profession) {
  if (profession.hubs.length > 0 && random.next() < HUB_SHARE) return PLACE_BY_KEY.get(random.pick(profession.hubs));
  return random.pickWeighted(PLACES, (place) => place.weight * (place.country === 'India' ? 1 : profession.abroad));
}

function cityNameFor(random, place) {
  if (place.names.length > 1 && random.next() < OLD_NAME_SHARE) return random.pick(place.names.slice(1));
  return place.names[0];
}

function undotted(degree) {
  return degree.replace(/\./g, '');
}

function turnoverFor(random, profession) {
  const [low, high] = profession.turnoverLakh;
  const lakh = Math.exp(Math.log(low) + random.next() * (Math.log(high) - Math.log(low)));
  return Math.max(1, Math.round(lakh)) * 100000;
}

function uniquePhone(random, taken) {
  for (;;) {
    let digits = String(6 + Math.floor(random.next() * 4));
    for (let i = 0; i < 9; i += 1) digits += String(Math.floor(random.next() * 10));
    const phone = `+91${digits}`;
    if (!taken.has(phone)) {
      taken.add(phone);
      return phone;
    }
  }
}

function emailFor(random, first, surname, index) {
  const a = first.toLowerCase();
  const b = surname.toLowerCase().replace(/[^a-z]/g, '');
  const local = random.pick([`${a}.${b}`, `${a}${b}`, `${a}_${b}`, `${a[0]}${b}`]);
  return `${local}${index}@${random.pick(EMAIL_DOMAINS)}`;
}

function bioFor(random, ctx) {
  const { profession, skills, owner, graduationYear, retired, place, turnover } = ctx;
  if (skills.length > 0 && random.next() < 0.05) return null;
  const parts = random.sample(profession.work, random.next() < 0.35 ? 2 : 1).map(([sentence]) => sentence);
  if (skills.length > 0 && random.next() < 0.35) parts.push(random.pick(SKILL_SENTENCES).replace('{s}', random.pick(skills)));
  if (owner) {
    const start = Math.min(2024, graduationYear + 1 + Math.floor(random.next() * 12));
    const staff = Math.max(3, Math.min(2500, Math.round(turnover / 2000000)));
    parts.push(`Started the business in ${start} and now employs ${staff} people.`);
  }
  if (!retired && random.next() < 0.4) {
    const years = Math.max(1, CURRENT_YEAR - graduationYear - Math.floor(random.next() * 3));
    parts.push(random.next() < 0.5 ? `${years} years in the field.` : `Has been at it for ${years} years.`);
  }
  if (retired) parts.push('Retired now, but still advises a few old clients.');
  if (place.country !== 'India' && random.next() < 0.4) {
    parts.push(`Moved abroad in ${Math.min(2024, graduationYear + 3)} and comes home every Diwali.`);
  }
  if (random.next() < 0.12) parts.push(random.pick(SPEAKER_SENTENCES));
  if (random.next() < 0.45) parts.push(random.pick(HOBBY_SENTENCES));
  return parts.join(' ');
}

function memberAt(random, index, phones) {
  const profession = random.pick(PROFESSIONS);
  const first = random.pick(FIRST_NAMES);
  const surname = random.pick(SURNAMES);
  const graduationYear = graduationYearFrom(random);
  const owner = graduationYear <= CURRENT_YEAR - 5 && random.next() < profession.ownerShare;
  const employers = EMPLOYERS.filter((employer) => employer.professions.includes(profession.key));
  const employer = !owner && employers.length > 0 && random.next() < EMPLOYER_SHARE ? random.pick(employers) : null;
  const place = employer ? PLACE_BY_KEY.get(random.pick(employer.places)) : placeFor(random, profession);

  let organization;
  if (employer) organization = random.pick(employer.names);
  else if (owner) organization = `${random.next() < 0.6 ? surname : random.pick(FIRM_PREFIXES)} ${random.pick(profession.firmWords)}`;
  else organization = random.next() < 0.12 ? 'Self-employed' : random.pick(profession.orgs);

  const retired = !owner && graduationYear < 1984 && random.next() < 0.5;
  const title = owner ? random.pick(profession.ownerTitles) : random.pick(profession.titles);
  const skillCount = random.next() < 0.07 ? 0 : 2 + Math.floor(random.next() * 3);
  const skills = random.sample(profession.skills, skillCount).map((concept) => random.pick(concept.names));
  const [degree, branches] = random.pick(profession.degrees);
  const turnover = owner ? turnoverFor(random, profession) : null;
  const bio = bioFor(random, { profession, skills, owner, graduationYear, retired, place, turnover });
  const slug = `${first}-${surname}`.toLowerCase().replace(/[^a-z-]/g, '');

  return {
    name: `${first} ${surname}`,
    phone: uniquePhone(random, phones),
    email: emailFor(random, first, surname, index),
    city: cityNameFor(random, place),
    state: place.state,
    country: place.country,
    organization,
    designation: retired ? `${title} (Retd.)` : title,
    industry: random.pick(profession.industries),
    skills,
    degree: random.next() < 0.25 ? undotted(degree) : degree,
    branch: random.pick(branches),
    graduationYear,
    annualTurnoverInr: turnover,
    bio,
    linkedinUrl: random.next() < 0.55 ? `https://www.linkedin.com/in/${slug}-${index.toString(36)}` : null,
    isActive: random.next() >= 0.05,
    directoryVisible: random.next() >= 0.06,
    contactVisibility: random.next() < 0.15 ? 'admins' : 'members',
  };
}

function generateMembers({ size = 800, seed = 4242 } = {}) {
  if (!Number.isInteger(size) || size < 1) throw new Error('size must be a positive whole number');
  if (!Number.isInteger(seed)) throw new Error('seed must be a whole number');
  const random = createRandom(seed);
  const phones = new Set();
  const members = [];
  for (let index = 0; index < size; index += 1) members.push(memberAt(random, index, phones));
  return members;
}

module.exports = { generateMembers, INDEXES, CURRENT_YEAR };
