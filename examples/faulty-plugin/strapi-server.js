'use strict';

/**
 * TEST FIXTURE: makes the one mistake FAULTY_PLUGIN_MISTAKE names, so tests/extensions-boot.test.ts
 * can show each is refused at boot with a message that says what is wrong. Never install it.
 */
const search = (strapi) => strapi.plugin('community-search').service('extensions');
const bot = (strapi) => strapi.plugin('whatsapp-bot').service('extensions');
const billing = (strapi) => strapi.plugin('billing').service('extensions');

const IN_REGISTER = {
  // A name the built-in parser has.
  'duplicate-parser': (strapi) => search(strapi).registerQueryParser({ name: 'rules', create: ({ rules }) => rules }),
  // No `process` function.
  'processor-shape': (strapi) => search(strapi).registerResultPostProcessor({ name: 'boost', rank: () => [] }),
  // A command without a handler.
  'command-shape': (strapi) => bot(strapi).registerCommand({ name: 'events', match: /^events$/i }),
  // A negative limit.
  'plan-shape': (strapi) =>
    billing(strapi).registerPlan({ id: 'community-plus', name: 'Community Plus', memberLimit: -1, searchLimitPerMonth: 100 }),
  // A plan that already exists.
  'duplicate-plan': (strapi) => billing(strapi).registerPlan({ id: 'pro', name: 'Pro again', memberLimit: 10, searchLimitPerMonth: 10 }),
  // An embedder whose factory builds something unusable (found when EMBEDDINGS_PROVIDER names it).
  'embedder-shape': (strapi) =>
    search(strapi).registerEmbeddingProvider({
      name: 'broken-vectors',
      create: () => ({ name: 'broken-vectors', model: 'broken-v1', dimensions: 0, embed: async (texts) => texts.map(() => []) }),
    }),
};

const IN_BOOTSTRAP = {
  // Too late: the register phase is over.
  'late-registration': (strapi) => search(strapi).registerSynonymSource({ name: 'late', synonyms: () => [] }),
};

const mistake = () => process.env.FAULTY_PLUGIN_MISTAKE || '';

module.exports = {
  register({ strapi }) {
    const make = IN_REGISTER[mistake()];
    if (make) make(strapi);
  },
  bootstrap({ strapi }) {
    const make = IN_BOOTSTRAP[mistake()];
    if (make) make(strapi);
  },
};
