#!/usr/bin/env node
// @ts-check
'use strict';

/**
 * Chat with the WhatsApp bot in the terminal, no Twilio account needed:
 *   npm run whatsapp:sim -- [--community demo] [--from +91...]
 * Each line is signed and posted to the webhook exactly as Twilio does; the bot's replies are
 * captured by a local fake of Twilio's API and printed. By default the app runs inside this
 * process (on DATABASE_URL, or the embedded database with the demo community: stop
 * `npm run dev` first). With `--url` it talks to an app you started yourself with
 * TWILIO_API_BASE_URL=http://127.0.0.1:<--fake-port> and the same TWILIO_ACCOUNT_SID /
 * TWILIO_AUTH_TOKEN / PUBLIC_URL as this command's environment.
 */
const { randomBytes } = require('node:crypto');
const readline = require('node:readline');

const { startFakeTwilio } = require('../lib/fake-twilio-api');
const { startAppWithFakeTwilio, signedWebhookPost } = require('../lib/app-with-fake-twilio');

const usage = `usage: npm run whatsapp:sim -- [--community <slug>] [--from <+E.164 phone>] [--url <app URL> --fake-port <port>]

In the chat: type a message and press Enter; /media sends a voice note; /quit (or Ctrl+D) leaves.`;

const QUIET_MS = 400;
const REPLY_TIMEOUT_MS = 15_000;

const parseArgs = (argv) => {
  /** @type {{ community: string; from?: string; url?: string; fakePort?: number }} */
  const args = { community: 'demo' };
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--community') args.community = value();
    else if (flag === '--from') args.from = value();
    else if (flag === '--url') args.url = value();
    else if (flag === '--fake-port') args.fakePort = Number(value());
    else if (flag === '--help' || flag === '-h') {
      console.log(usage);
      process.exit(0);
    } else {
      console.error(`Unknown argument: ${argv[i]}\n${usage}`);
      process.exit(2);
    }
  }
  if (args.from && !/^\+[1-9]\d{6,14}$/.test(args.from)) {
    console.error(`--from must be a phone number in international form, e.g. +919876543210 (got "${args.from}")`);
    process.exit(2);
  }
  if (args.url && !args.fakePort) {
    console.error('--url needs --fake-port: the port your app\'s TWILIO_API_BASE_URL points at');
    process.exit(2);
  }
  return args;
};

const findParticipants = async (strapi, slug, from) => {
  const community = await strapi.db.query('api::community.community').findOne({ where: { slug } });
  if (!community) throw new Error(`No community with slug "${slug}"`);
  if (!community.whatsappNumber) {
    throw new Error(`Community "${slug}" has no WhatsApp number: set one in the admin panel (Content Manager → Community) first`);
  }
  let phone = from;
  if (!phone) {
    const member = await strapi.db.query('api::member.member').findOne({ where: { community: { id: community.id }, isActive: true }, orderBy: { id: 'asc' } });
    if (!member) throw new Error(`Community "${slug}" has no active members: pass --from to chat as a stranger`);
    phone = member.phone;
    console.log(`Chatting as ${member.name} (${phone}); pass --from to be someone else.`);
  }
  return { communityName: community.name, communityNumber: community.whatsappNumber, phone };
};

const main = async () => {
  const args = parseArgs(process.argv.slice(2));
  const external = Boolean(args.url);
  const fake = await startFakeTwilio(
    external ? { port: args.fakePort, accountSid: process.env.TWILIO_ACCOUNT_SID, authToken: process.env.TWILIO_AUTH_TOKEN } : {}
  );
  if (external && (!process.env.TWILIO_ACCOUNT_SID || !process.env.TWILIO_AUTH_TOKEN)) {
    throw new Error('With --url, set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN to the values your app uses');
  }

  let app;
  /** @type {{ communityName: string; communityNumber: string; phone: string }} */
  let participants;
  if (external) {
    const base = /** @type {string} */ (args.url).replace(/\/+$/, '');
    app = { baseUrl: base, publicUrl: process.env.PUBLIC_URL || base, stop: async () => undefined };
    if (!args.from) throw new Error('With --url, pass --from (a member\'s phone) and make sure --community\'s number is set');
    const toNumber = process.env.SIM_TO_NUMBER;
    if (!toNumber) throw new Error('With --url, set SIM_TO_NUMBER to the community\'s WhatsApp number');
    participants = { communityName: args.community, communityNumber: toNumber, phone: args.from };
  } else {
    console.log('Starting the app (a few seconds)…');
    app = await startAppWithFakeTwilio(fake);
    participants = await findParticipants(app.strapi, args.community, args.from);
  }

  const address = `whatsapp:${participants.phone}`;
  const post = async (/** @type {string} */ text, media = false) => {
    /** @type {Record<string, string>} */
    const params = {
      MessageSid: `SM${randomBytes(16).toString('hex')}`,
      AccountSid: fake.accountSid,
      From: address,
      To: `whatsapp:${participants.communityNumber}`,
      Body: text,
      NumMedia: media ? '1' : '0',
      ProfileName: 'Simulator',
      WaId: participants.phone.slice(1),
      ...(media ? { MediaUrl0: 'https://example.org/voice-note.ogg', MediaContentType0: 'audio/ogg' } : {}),
    };
    const response = await signedWebhookPost(app, fake.authToken, params);
    if (!response.ok) throw new Error(`The webhook answered ${response.status}: ${await response.text()}`);
  };

  const waitForReplies = async (/** @type {number} */ from) => {
    const deadline = Date.now() + REPLY_TIMEOUT_MS;
    let seen = 0;
    let quietSince = Date.now();
    for (;;) {
      const replies = fake.messages.slice(from).filter((message) => message.to === address);
      if (replies.length !== seen) {
        seen = replies.length;
        quietSince = Date.now();
      }
      if (seen > 0 && Date.now() - quietSince >= QUIET_MS) return replies;
      if (seen === 0 && Date.now() > deadline) return replies;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  console.log(`\nYou are ${participants.phone} writing to ${participants.communityName} (${participants.communityNumber}). Type "help" to start, /quit to leave.\n`);
  const terminal = readline.createInterface({ input: process.stdin, output: process.stdout, prompt: 'you> ' });
  const lines = terminal[Symbol.asyncIterator]();
  terminal.prompt();
  for (;;) {
    const next = await lines.next();
    if (next.done) break;
    const line = next.value.trim();
    if (line === '/quit' || line === '/exit') break;
    const from = fake.messages.length;
    try {
      await post(line === '/media' ? '' : line, line === '/media');
      const replies = await waitForReplies(from);
      if (replies.length === 0) console.log('(no reply)');
      for (const reply of replies) console.log(`bot> ${reply.body || `[template ${reply.contentSid}]`}\n`);
    } catch (error) {
      console.error(`error: ${error instanceof Error ? error.message : error}`);
    }
    terminal.prompt();
  }
  terminal.close();
  await app.stop();
  await fake.close();
};

main()
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(`[whatsapp:sim] ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  });
