'use strict';

// The server entry (what Strapi loads as ./strapi-server); `import type` from the package gives its public types.
module.exports = require('./dist/server/index.js');
