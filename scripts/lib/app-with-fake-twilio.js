// @ts-check
'use strict';

/**
 * The app booted in this process, listening on a free local port, with every Twilio call going to
 * a local fake: for the WhatsApp simulator and the webhook benchmark.
 */
const twilio = require('twilio');

const { prepareAppEnvironment } = require('./app-environment');
const { bootApp } = require('./boot-app');

const SIMULATED_PUBLIC_URL = 'http://whatsapp-simulator.local';

/** @param {{ accountSid: string; authToken: string; url: string }} fake */
const startAppWithFakeTwilio = async (fake, { seedDemoData = true } = {}) => {
  Object.assign(process.env, {
    TWILIO_ACCOUNT_SID: fake.accountSid,
    TWILIO_AUTH_TOKEN: fake.authToken,
    TWILIO_API_BASE_URL: fake.url,
    // The app checks signatures against its public URL, as behind a proxy.
    PUBLIC_URL: SIMULATED_PUBLIC_URL,
  });
  const environment = await prepareAppEnvironment({ seedDemoData });
  const strapi = await bootApp({ logLevel: 'error' });
  strapi.server.mount();
  await new Promise((resolve) => strapi.server.httpServer.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (strapi.server.httpServer.address());
  return {
    strapi,
    baseUrl: `http://127.0.0.1:${port}`,
    publicUrl: SIMULATED_PUBLIC_URL,
    stop: async () => {
      await strapi.destroy();
      await environment.stop();
    },
  };
};

/**
 * Posts a form to the webhook signed exactly as Twilio signs it.
 * @param {{ baseUrl: string; publicUrl: string }} app
 * @param {string} authToken
 * @param {Record<string, string>} params
 */
const signedWebhookPost = (app, authToken, params, path = '/api/whatsapp-bot/webhook') =>
  fetch(`${app.baseUrl}${path}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      'X-Twilio-Signature': twilio.getExpectedTwilioSignature(authToken, `${app.publicUrl}${path}`, params),
    },
    body: new URLSearchParams(params).toString(),
  });

module.exports = { startAppWithFakeTwilio, signedWebhookPost };
