#!/usr/bin/env node
// @ts-check
'use strict';

/**
 * Measures how fast the WhatsApp webhook acknowledges Twilio (target p95 < 50 ms), while the
 * queue answers the same messages in the background:
 *   npm run bench:webhook [-- --messages 2000 --concurrency 16]
 * Uses DATABASE_URL (and REDIS_URL for BullMQ) or the embedded database.
 */
const { randomBytes } = require('node:crypto');

const { startFakeTwilio } = require('../lib/fake-twilio-api');
const { startAppWithFakeTwilio, signedWebhookPost } = require('../lib/app-with-fake-twilio');

const option = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

const main = async () => {
  const total = option('messages', 2000);
  const concurrency = option('concurrency', 16);
  const members = 50;
  process.env.RATE_LIMIT_ENABLED = 'false';
  const fake = await startFakeTwilio();
  const app = await startAppWithFakeTwilio(fake, { seedDemoData: false });
  const { strapi } = app;
  try {
    const suffix = randomBytes(3).toString('hex');
    const number = `+1202555${String(Math.floor(Math.random() * 10_000)).padStart(4, '0')}`;
    const community = await strapi.documents('api::community.community').create({
      data: { name: `Webhook Bench ${suffix}`, slug: `webhook-bench-${suffix}`, plan: 'enterprise', whatsappNumber: number },
    });
    const phones = [];
    for (let index = 0; index < members; index += 1) {
      const phone = `+9198${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
      phones.push(phone);
      await strapi.documents('api::member.member').create({
        data: { name: `Bench Member ${index}`, phone, city: 'Chennai', skills: ['Accounting'], community: community.documentId },
      });
    }
    const texts = ['help', 'accountants in Chennai', 'more', '1', 'hi'];
    const latencies = [];
    let errors = 0;
    let sent = 0;
    const started = performance.now();
    const worker = async () => {
      while (sent < total) {
        const index = sent++;
        const phone = phones[index % phones.length];
        const params = {
          MessageSid: `SM${randomBytes(16).toString('hex')}`,
          AccountSid: fake.accountSid,
          From: `whatsapp:${phone}`,
          To: `whatsapp:${number}`,
          Body: texts[index % texts.length],
          NumMedia: '0',
        };
        const at = performance.now();
        const response = await signedWebhookPost(app, fake.authToken, params);
        await response.arrayBuffer();
        latencies.push(performance.now() - at);
        if (response.status !== 200) errors += 1;
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const answeredBy = Date.now() + 120_000;
    const knex = strapi.db.connection;
    let pending = total;
    while (pending > 0 && Date.now() < answeredBy) {
      const [row] = await knex('whatsapp_inbound_messages').count('* as count').whereIn('status', ['pending', 'processing']);
      pending = Number(row.count);
      if (pending > 0) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const drained = (performance.now() - started) / 1000;
    const queue = strapi.plugin('whatsapp-bot').service('queues').kind();
    console.log(
      JSON.stringify(
        {
          messages: total,
          concurrency,
          queue,
          database: process.env.EMBEDDED_DATABASE === 'true' ? 'embedded PGlite' : 'PostgreSQL',
          errors,
          ackP50Ms: Number(percentile(latencies, 50).toFixed(1)),
          ackP95Ms: Number(percentile(latencies, 95).toFixed(1)),
          ackP99Ms: Number(percentile(latencies, 99).toFixed(1)),
          acceptedPerSecond: Number((total / seconds).toFixed(1)),
          allAnsweredSeconds: pending === 0 ? Number(drained.toFixed(1)) : null,
          repliesSent: fake.messages.length,
        },
        null,
        2
      )
    );
  } finally {
    await app.stop();
    await fake.close();
  }
};

main()
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
