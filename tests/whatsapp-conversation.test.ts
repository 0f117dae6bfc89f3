import { randomBytes } from 'node:crypto';

import type { Core } from '@strapi/strapi';

import { codeIn, startFakeTwilio, TEST_SMS_FROM, type FakeTwilio } from './fakes/twilio-server';
import { createCommunity, createMember, type CommunityFixture, type MemberFixture } from './helpers/fixtures';
import { bootStrapi, stopStrapi } from './helpers/strapi';
import { chatAs, collectReplies, PUBLIC_URL, randomWhatsappNumber } from './helpers/whatsapp';

const MEMBER_UID = 'api::member.member';

describe('WhatsApp conversations', () => {
  let strapi: Core.Strapi;
  let fake: FakeTwilio;
  let community: CommunityFixture;
  let asker: MemberFixture;
  const number = randomWhatsappNumber();
  const indexer = () => strapi.plugin('community-search').service('indexer') as { flush(): Promise<void> };
  const contactRow = (memberId: number) => strapi.db.connection('whatsapp_contacts').where({ community_id: community.id, member_id: memberId }).first();

  beforeAll(async () => {
    fake = await startFakeTwilio();
    Object.assign(process.env, {
      SMS_PROVIDER: 'twilio',
      TWILIO_SMS_FROM: TEST_SMS_FROM,
      TWILIO_ACCOUNT_SID: fake.accountSid,
      TWILIO_AUTH_TOKEN: fake.authToken,
      TWILIO_API_BASE_URL: fake.url,
      PUBLIC_URL,
      WHATSAPP_SEND_BACKOFF_MS: '40',
      WHATSAPP_INTRODUCTIONS_PER_DAY: '3',
    });
    strapi = await bootStrapi();
    community = await createCommunity(strapi, { name: `Gamma Guild ${randomBytes(2).toString('hex')}`, whatsappNumber: number });
    asker = await createMember(strapi, community, { name: 'Ravi Requester', city: 'Chennai', designation: 'Founder', organization: 'Ravi Foods', skills: ['Food Processing'] });
    for (let index = 1; index <= 7; index += 1) {
      await createMember(strapi, community, {
        name: `Chartered Accountant ${index}`,
        city: index <= 5 ? 'Chennai' : 'Pune',
        designation: 'Partner',
        organization: `Audit Firm ${index}`,
        skills: ['Accounting', 'Audit', 'Taxation'],
        contactVisibility: index === 1 ? 'admins' : 'members',
      });
    }
    await indexer().flush();
  });

  afterAll(async () => {
    await stopStrapi(strapi);
    await fake.close();
  });

  it('greets, searches, shows details with contact only where allowed, pages on and narrows the last search', async () => {
    const chat = chatAs(strapi, fake, asker.phone, number);
    const hello = await chat.say('hi');
    expect(hello).toContain(`Welcome to the *${community.name}* directory`);

    const results = await chat.say('chartered accountants');
    expect(results).toMatch(/^🔍 Found 7 members:/);
    expect(results).toMatch(/\n1\. \*Chartered Accountant \d\*\n {3}📍 (Chennai|Pune)\n {3}💼 Partner at Audit Firm \d\n {3}⚡ Accounting, Audit, Taxation/);
    expect(results).toContain('Reply with a number for details, or ask another question');
    expect((results.match(/^\d\. \*/gm) ?? []).length).toBe(5);

    const names = [...results.matchAll(/^(\d)\. \*(Chartered Accountant (\d))\*/gm)].map((match) => ({ number: Number(match[1]), index: Number(match[3]) }));
    const privateOne = names.find((entry) => entry.index === 1);
    const publicOne = names.find((entry) => entry.index !== 1)!;
    const publicMember = await strapi.db.query(MEMBER_UID).findOne({ where: { name: `Chartered Accountant ${publicOne.index}`, community: { id: community.id } } });
    const details = await chat.say(String(publicOne.number));
    expect(details).toContain(`*Chartered Accountant ${publicOne.index}*`);
    expect(details).toContain(`📞 ${publicMember.phone}`);
    if (privateOne) {
      const privateMember = await strapi.db.query(MEMBER_UID).findOne({ where: { name: 'Chartered Accountant 1', community: { id: community.id } } });
      const hidden = await chat.say(String(privateOne.number));
      expect(hidden).toContain('Contact details are private');
      expect(hidden).not.toContain(privateMember.phone);
    }

    const more = await chat.say('more');
    expect(more).toContain('More results (6–7 of 7)');
    expect((more.match(/^\d\. \*/gm) ?? []).length).toBe(2);
    expect(await chat.say('more')).toContain('That’s everyone I found');
    expect(await chat.say('12')).toContain('Please reply with a number from 1 to 7');

    const narrowed = await chat.say('only those in Pune');
    expect(narrowed).toMatch(/^🔍 Found 2 members:/);
    expect(narrowed).not.toContain('📍 Chennai');
  });

  it('updates the profile with a yes/no confirmation and undo', async () => {
    const chat = chatAs(strapi, fake, asker.phone, number);
    const proposal = await chat.say('update my city to Pune');
    expect(proposal).toContain('Change city from Chennai to Pune?');
    expect(proposal).toContain('Reply *yes* to confirm');
    expect(await chat.say('no')).toContain('I haven’t changed anything');
    expect((await strapi.db.query(MEMBER_UID).findOne({ where: { id: asker.id } })).city).toBe('Chennai');

    await chat.say('update my city to Pune');
    expect(await chat.say('yes')).toContain('your city is now Pune');
    expect((await strapi.db.query(MEMBER_UID).findOne({ where: { id: asker.id } })).city).toBe('Pune');

    expect(await chat.say('undo')).toContain('Undone');
    expect((await strapi.db.query(MEMBER_UID).findOne({ where: { id: asker.id } })).city).toBe('Chennai');
    expect(await chat.say('undo')).toContain('no recent change to undo');

    expect(await chat.say('add Python to my skills')).toContain('Python');
    expect(await chat.say('yes')).toContain('Python');
    expect((await strapi.db.query(MEMBER_UID).findOne({ where: { id: asker.id } })).skills).toContain('Python');
    expect(await chat.say('yes')).toContain('nothing waiting for a yes or no');
  });

  it('stops all messages on stop until start', async () => {
    const member = await createMember(strapi, community, { name: 'Quiet Member' });
    const chat = chatAs(strapi, fake, member.phone, number);
    await chat.say('hi');
    expect(await chat.say('Stop.')).toContain('You won’t get any more messages');
    expect((await contactRow(member.id)).opted_out_at).not.toBeNull();
    await chat.sayUnanswered('help');
    await chat.sayUnanswered('chartered accountants');
    expect(await chat.say('start')).toContain('Messages from the');
    expect(await chat.say('help')).toContain('what I understand');
  });

  it('introduces members only when the asked member answers that request with its code', async () => {
    const target = await createMember(strapi, community, { name: 'Tara Target', skills: ['Marine Biology'], email: 'tara@example.org', contactVisibility: 'admins' });
    await indexer().flush();
    const targetChat = chatAs(strapi, fake, target.phone, number);
    await targetChat.say('hi'); // opens Tara's 24-hour window

    const chat = chatAs(strapi, fake, asker.phone, number);
    expect(await chat.say('marine biology')).toContain('*Tara Target*');
    const from = fake.messages.length;
    expect(await chat.say('connect me with 1')).toContain('I’ve asked *Tara Target*');
    const request = await fake.waitForMessage(targetChat.address, from);
    expect(request.body).toContain('*Ravi Requester*');
    expect(request.body).not.toContain(asker.phone);
    const code = /YES (\d{4})/.exec(request.body)![1];
    expect(await chat.say('connect 1')).toContain('already asked');

    // A casual "ok" or a bare "yes" never shares anyone's contact details.
    const beforeCasual = fake.messages.length;
    expect(await targetChat.say('ok')).toContain('followed by the 4-digit code');
    expect(await targetChat.say('yes')).toContain('followed by the 4-digit code');
    const wrongCode = code === '1000' ? '1001' : '1000';
    expect(await targetChat.say(`yes ${wrongCode}`)).toContain(`no open introduction request with the code ${wrongCode}`);
    expect(fake.messages.slice(beforeCasual).some((message) => message.to === chat.address)).toBe(false);

    const fromAnswer = fake.messages.length;
    const toTarget = await targetChat.say(`YES ${code}`);
    expect(toTarget).toContain('connected with *Ravi Requester*');
    expect(toTarget).toContain(asker.phone);
    const toAsker = await fake.waitForMessage(chat.address, fromAnswer);
    expect(toAsker.body).toContain('*Tara Target*');
    expect(toAsker.body).toContain(target.phone);
    expect(toAsker.body).toContain('tara@example.org');
    expect(await targetChat.say(`yes ${code}`)).toContain('no open introduction request');

    // Each answer names its own request: a later requester does not collect an earlier yes.
    const second = await createMember(strapi, community, { name: 'Second Asker' });
    const secondChat = chatAs(strapi, fake, second.phone, number);
    await secondChat.say('hi');
    await secondChat.say('marine biology');
    const fromSecond = fake.messages.length;
    expect(await secondChat.say('connect 1')).toContain('I’ve asked');
    const secondRequest = await fake.waitForMessage(targetChat.address, fromSecond);
    const secondCode = /YES (\d{4})/.exec(secondRequest.body)![1];
    const fromDecline = fake.messages.length;
    expect(await targetChat.say(`no ${secondCode}`)).toContain('I won’t share your details');
    const declined = await collectReplies(fake, secondChat.address, fromDecline);
    expect(declined.map((message) => message.body).join('\n')).not.toContain(target.phone);

    // At most 3 different members may ask one member a day.
    const third = await createMember(strapi, community, { name: 'Third Asker' });
    const thirdChat = chatAs(strapi, fake, third.phone, number);
    await thirdChat.say('hi');
    await thirdChat.say('marine biology');
    expect(await thirdChat.say('connect 1')).toContain('I’ve asked');
    const fourth = await createMember(strapi, community, { name: 'Fourth Asker' });
    const fourthChat = chatAs(strapi, fake, fourth.phone, number);
    await fourthChat.say('hi');
    await fourthChat.say('marine biology');
    expect(await fourthChat.say('connect 1')).toContain('several introduction requests today');
  });

  it('swaps contacts only when both can be reached: an accepted request waits for an absent requester', async () => {
    const requester = await createMember(strapi, community, { name: 'Away Requester' });
    const target = await createMember(strapi, community, { name: 'Olive Oceanographer', skills: ['Oceanography'] });
    await indexer().flush();
    const requesterChat = chatAs(strapi, fake, requester.phone, number);
    const targetChat = chatAs(strapi, fake, target.phone, number);
    await targetChat.say('hi');
    await requesterChat.say('hi');
    await requesterChat.say('oceanography');
    const from = fake.messages.length;
    await requesterChat.say('connect 1');
    const code = /YES (\d{4})/.exec((await fake.waitForMessage(targetChat.address, from)).body)![1];
    // The requester goes quiet for more than a day.
    await strapi.db
      .connection('whatsapp_contacts')
      .where({ community_id: community.id, member_id: requester.id })
      .update({ last_inbound_at: new Date(Date.now() - 25 * 3_600_000) });

    const fromAnswer = fake.messages.length;
    const answer = await targetChat.say(`yes ${code}`);
    expect(answer).toContain('haven’t shared anything yet');
    expect(answer).not.toContain(requester.phone);
    expect(fake.messages.slice(fromAnswer).some((message) => message.to === requesterChat.address)).toBe(false);

    // Back again: both cards go out now.
    const fromReturn = fake.messages.length;
    const back = await requesterChat.say('hi');
    expect(back).toContain('connected with *Olive Oceanographer*');
    expect(back).toContain(target.phone);
    const toTarget = await fake.waitForMessage(targetChat.address, fromReturn);
    expect(toTarget.body).toContain(requester.phone);
  });

  it('lets an unanswered introduction lapse after 72 hours', async () => {
    const target = await createMember(strapi, community, { name: 'Late Larry', skills: ['Beekeeping'] });
    await indexer().flush();
    const targetChat = chatAs(strapi, fake, target.phone, number);
    await targetChat.say('hi');
    const chat = chatAs(strapi, fake, asker.phone, number);
    await chat.say('beekeeping');
    expect(await chat.say('connect 1')).toContain('I’ve asked *Late Larry*');
    await strapi.db
      .connection('whatsapp_introductions')
      .where({ community_id: community.id, target_member_id: target.id })
      .update({ created_at: new Date(Date.now() - 73 * 3_600_000), expires_at: new Date(Date.now() - 3_600_000) });
    const before = fake.messages.length;
    const code = /YES (\d{4})/.exec(fake.messages.filter((message) => message.to === targetChat.address).at(-1)!.body)![1];
    expect(await targetChat.say(`yes ${code}`)).toContain('no open introduction request');
    expect(fake.messages.slice(before).some((message) => message.to === chat.address)).toBe(false);
  });

  it('keeps to the 24-hour window: a template outside it, nothing without one', async () => {
    const target = await createMember(strapi, community, { name: 'Wendy Window', skills: ['Glass Blowing'] });
    await indexer().flush();
    await chatAs(strapi, fake, target.phone, number).say('hi');
    await strapi.db
      .connection('whatsapp_contacts')
      .where({ community_id: community.id, member_id: target.id })
      .update({ last_inbound_at: new Date(Date.now() - 25 * 3_600_000) });

    const chat = chatAs(strapi, fake, asker.phone, number);
    await chat.say('glass blowing');
    const before = fake.messages.length;
    expect(await chat.say('connect 1')).toContain('can’t be reached on WhatsApp right now');
    expect(fake.messages.slice(before).filter((message) => message.to === `whatsapp:${target.phone}`)).toHaveLength(0);

    const templateSid = `HX${'ab'.repeat(16)}`;
    await strapi.db.query('api::community.community').update({
      where: { id: community.id },
      data: { settings: { whatsappTemplates: { introductionRequest: templateSid } } },
    });
    await chat.say('glass blowing');
    const from = fake.messages.length;
    expect(await chat.say('connect 1')).toContain('I’ve asked *Wendy Window*');
    const templated = await fake.waitForMessage(`whatsapp:${target.phone}`, from);
    expect(templated.contentSid).toBe(templateSid);
    expect(JSON.parse(templated.contentVariables!)).toMatchObject({ '1': 'Ravi Requester' });
    expect(templated.body).toBe('');
    await strapi.db.query('api::community.community').update({ where: { id: community.id }, data: { settings: {} } });
  });

  it('caps the introductions one member may ask for in a day', async () => {
    const falconers = [
      await createMember(strapi, community, { name: 'First Falconer', skills: ['Falconry'] }),
      await createMember(strapi, community, { name: 'Second Falconer', skills: ['Falconry'] }),
    ];
    await indexer().flush();
    for (const falconer of falconers) await chatAs(strapi, fake, falconer.phone, number).say('hi');
    const chat = chatAs(strapi, fake, asker.phone, number);
    await chat.say('falconry');
    // Today Ravi asked Tara and Wendy (Larry's request was moved back three days): the limit is 3 in this suite.
    expect(await chat.say('connect 1')).toContain('I’ve asked');
    expect(await chat.say('connect 2')).toContain('You’ve asked for several introductions today');
  });

  it('counts WhatsApp searches against the monthly quota and pauses suspended communities', async () => {
    const small = await createCommunity(strapi, { name: 'Tiny Club', plan: 'free', whatsappNumber: randomWhatsappNumber(), searchLimitPerMonth: 1 });
    const smallNumber = (await strapi.db.query('api::community.community').findOne({ where: { id: small.id } })).whatsappNumber as string;
    const member = await createMember(strapi, small, { name: 'Tiny Member', skills: ['Accounting'] });
    await indexer().flush();
    const chat = chatAs(strapi, fake, member.phone, smallNumber);
    await chat.say('hi');
    expect(await chat.say('accounting')).toContain('🔍 Found');
    expect(await chat.say('accounting')).toContain('has used all its searches for this month');
    const usage = await (strapi.service('api::community.quotas') as unknown as { usage(ref: { id: number }): Promise<{ searches: { used: number } }> }).usage({ id: small.id });
    expect(usage.searches.used).toBe(1);

    await strapi.db.query('api::community.community').update({ where: { id: small.id }, data: { accountStatus: 'suspended' } });
    expect(await chat.say('accounting')).toContain('is paused at the moment');
  });

  it('asks for an SMS code before first use when the community requires it', async () => {
    const strict = await createCommunity(strapi, { name: 'Strict Society', whatsappNumber: randomWhatsappNumber(), settings: { whatsappRequireOtp: true } });
    const strictNumber = (await strapi.db.query('api::community.community').findOne({ where: { id: strict.id } })).whatsappNumber as string;
    const member = await createMember(strapi, strict, { name: 'Verified Vera', skills: ['Accounting'] });
    await indexer().flush();
    const chat = chatAs(strapi, fake, member.phone, strictNumber);
    const from = fake.messages.length;
    expect(await chat.say('accounting')).toContain('I’ve sent a 6-digit code by SMS');
    const sms = await fake.waitForMessage(member.phone, from);
    expect(await chat.say('000000')).toContain('didn’t work');
    expect(await chat.say(codeIn(sms))).toContain('your number is confirmed');
    expect(await chat.say('accounting')).toContain('*Verified Vera*');
  });

  it('gives short helpful answers to unclear input, never an error', async () => {
    const chat = chatAs(strapi, fake, asker.phone, number);
    expect(await chat.say('zzqxv wplk')).toContain('couldn’t find anyone');
    expect(await chat.say('x'.repeat(600))).toContain('under 500 characters');
    expect(await chat.say('update my shoe size to 9')).toContain('Try e.g. *update my city to Pune*');
  });
});
