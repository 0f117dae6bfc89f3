// @ts-check
'use strict';

/** The fixed query mix of `npm run bench:search` and `scripts/bench/profile-search.js`, so both measure the same work. */
const QUERY_MIX = [
  'AI experts in Chennai',
  'someone who can audit my accounts',
  'doctors in Bombay',
  'founders with turnover over 2 crore',
  'batch of 98',
  'python developers in Pune',
  'textile exporters',
  'lawyers',
  'who runs a factory in Coimbatore',
  'solar energy consultants in South India',
  'CTOs in Bengaluru',
  'people at Zoho',
];

module.exports = { QUERY_MIX };
