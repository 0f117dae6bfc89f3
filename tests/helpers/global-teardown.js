'use strict';

module.exports = async () => {
  await globalThis.__EMBEDDED_DATABASE__?.stop();
};
