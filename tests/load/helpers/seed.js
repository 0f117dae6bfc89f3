'use strict';

/**
 * The load tests' data: a community of synthetic members (bulk SQL, then indexed for search), a
 * small-quota community, members who log in by phone, and a platform API token.
 */
const { randomBytes, randomInt } = require('node:crypto');
const path = require('node:path');

const { parsePhoneNumberFromString } = require('libphonenumber-js/max');

const scriptsLib = path.resolve(__dirname, '..', '..', '..', 'scripts', 'lib');
const { generateMembers } = require(path.join(scriptsLib, 'synthetic-community'));
const { seedCommunity } = require(path.join(scriptsLib, 'seed-members'));

const randomMobile = () => {
  for (;;) {
    const candidate = `+91${randomInt(7, 10)}${String(randomInt(0, 1_000_000_000)).padStart(9, '0')}`;
    if (parsePhoneNumberFromString(candidate)?.getType() === 'MOBILE') return candidate;
  }
};

const seedLoadFixtures = async (strapi, { members }) => {
  if (members < 100) throw new Error('LOAD_MEMBERS must be at least 100');
  const suffix = randomBytes(3).toString('hex');
  const whatsappNumber = `+1202555${String(randomInt(0, 10_000)).padStart(4, '0')}`;
  const generated = generateMembers({ size: members, seed: randomInt(1, 1_000_000) }).map((member, index) => ({
    ...member,
    // Unique per run, and valid mobiles: they also write to the bot.
    phone: randomMobile(),
    email: `load-${suffix}-${index}@example.org`,
    // Every one searchable: the load measures answers, not the directory's filters.
    isActive: true,
    directoryVisible: true,
  }));
  const community = await seedCommunity(strapi, {
    community: { name: `Load ${suffix}`, slug: `load-${suffix}`, plan: 'enterprise', whatsappNumber },
    members: generated,
  });
  await strapi.plugin('community-search').service('indexer').reindex({ communityId: community.id });

  // Members who log in by phone (OTP through the fake Twilio): through the document service.
  const loginPhones = [];
  for (let index = 0; index < 3; index += 1) {
    const phone = randomMobile();
    await strapi.documents('api::member.member').create({
      data: { name: `Login Member ${index} ${suffix}`, phone, city: 'Chennai', skills: ['Accounting'], community: community.documentId },
    });
    loginPhones.push(phone);
  }

  const quotaCommunity = await strapi.documents('api::community.community').create({
    data: { name: `Load Quota ${suffix}`, slug: `load-quota-${suffix}`, plan: 'free', searchLimitPerMonth: 10 },
  });
  await strapi.documents('api::member.member').create({
    data: { name: `Quota Member ${suffix}`, phone: randomMobile(), city: 'Pune', skills: ['Python'], community: quotaCommunity.documentId },
  });

  const token = await strapi.service('admin::api-token').create({
    name: `load-${suffix}`,
    description: 'load and fault tests',
    type: 'full-access',
    lifespan: null,
  });
  return {
    community: { id: community.id, slug: community.slug, whatsappNumber },
    quotaCommunity: { slug: quotaCommunity.slug, searchLimitPerMonth: 10 },
    token: token.accessKey,
    // Load traffic writes from these; the queue test from others, whose replies it counts.
    senders: generated.slice(0, 60).map((member) => member.phone),
    queueSenders: generated.slice(60, 90).map((member) => member.phone),
    loginPhones,
  };
};

module.exports = { seedLoadFixtures };
