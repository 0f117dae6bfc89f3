'use strict';

const { createHash } = require('node:crypto');

const { isMentor, MENTOR_REASON } = require('./mentors');

/** @typedef {import('@community-connect/community-search').CommunitySearchExtensions} SearchExtensions */

/**
 * Mentors first: within each page, members whose bio, skills or role mention mentoring move to the
 * top (keeping the search's order among themselves) and say why.
 * @type {import('@community-connect/community-search').ResultPostProcessor}
 */
const mentorsFirst = {
  name: 'mentors-first',
  process(hits, context) {
    const mentors = [];
    const others = [];
    for (const hit of hits) {
      if (isMentor(context.profileOf(hit.documentId))) mentors.push({ ...hit, why: [MENTOR_REASON, ...hit.why] });
      else others.push(hit);
    }
    return [...mentors, ...others];
  },
};

/** Words members use for mentoring, each standing for the community's own value. */
const MENTORING_TERMS = ['sherpa', 'guide', 'coach', 'mentor', 'mentors'];

/**
 * A small taxonomy: when a community has "Mentoring" (in any case) among its skills, the words above
 * search for it. Canonical values must be the community's own, so it reads them from the vocabulary.
 * @type {import('@community-connect/community-search').SynonymSource}
 */
const mentoringTaxonomy = {
  name: 'mentoring-taxonomy',
  synonyms({ vocabulary }) {
    const skill = vocabulary.skills.find((value) => value.toLowerCase() === 'mentoring');
    return skill ? MENTORING_TERMS.map((term) => ({ term, canonical: [skill] })) : [];
  },
};

/**
 * A parser that is the rules parser with its own name, refusing (on purpose, to show the fallback)
 * queries that contain "explode". A real one would call a model or a service.
 * @type {import('@community-connect/community-search').QueryParserRegistration}
 */
const keywordParser = {
  name: 'mentors-keywords',
  create: ({ rules }) => ({
    name: 'mentors-keywords',
    async parse(input) {
      if (/\bexplode\b/i.test(input.text)) throw new Error('this example parser refuses "explode"');
      return { ...(await rules.parse(input)), parser: 'mentors-keywords' };
    },
  }),
};

const DIMENSIONS = 64;

/**
 * A toy embedder (hashed words, no model) for demos; not selected unless EMBEDDINGS_PROVIDER names it.
 * @type {import('@community-connect/community-search').EmbeddingProviderRegistration}
 */
const hashedWords = {
  name: 'mentors-hashed-words',
  create: () => ({
    name: 'mentors-hashed-words',
    model: `hashed-words-${DIMENSIONS}-v1`,
    dimensions: DIMENSIONS,
    async embed(texts) {
      return texts.map((text) => {
        const vector = new Array(DIMENSIONS).fill(0);
        for (const word of text.toLowerCase().match(/[a-z0-9]+/g) || []) {
          vector[createHash('sha1').update(word).digest()[0] % DIMENSIONS] += 1;
        }
        const norm = Math.hypot(...vector);
        return norm === 0 ? vector.map(() => 1 / Math.sqrt(DIMENSIONS)) : vector.map((value) => value / norm);
      });
    },
  }),
};

/** @param {SearchExtensions} search */
const registerSearchExtensions = (search) => {
  search.registerResultPostProcessor(mentorsFirst);
  search.registerSynonymSource(mentoringTaxonomy);
  search.registerQueryParser(keywordParser);
  search.registerEmbeddingProvider(hashedWords);
};

module.exports = { registerSearchExtensions };
