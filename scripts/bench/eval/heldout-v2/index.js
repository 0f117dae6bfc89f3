'use strict';

// Held-out people-search test set, version 2 (frozen on 2026-12-07). See README.md.

const { generateMembers } = require('./community');
const { queries } = require('./queries');

module.exports = { generateMembers, queries };
