'use strict';

const { MENTOR_REASON } = require('./mentors');

/**
 * `mentors` (or `/mentors`, optionally followed by a topic: `mentors fintech`) lists members who
 * mentor, through the community's own search (so it counts against the member's limits and the
 * numbers it shows work with "2" and "connect 2").
 * @type {import('@community-connect/whatsapp-bot').BotCommand}
 */
const mentorsCommand = {
  name: 'mentors',
  match: /^\/?mentors?\b\s*(.*)$/i,
  help: '*mentors* (or *mentors fintech*) lists members who mentor',
  async handle({ match, search, reply, community, memory }) {
    const topic = (match && match[1] ? match[1] : '').trim();
    const answer = await search(topic ? `mentoring ${topic}` : 'mentoring');
    if (!answer) return; // the bot already said why (quota, limit)
    const mentors = answer.data.filter((hit) => hit.why.includes(MENTOR_REASON));
    memory.set({ lastTopic: topic || null, asked: ((memory.get() || {}).asked || 0) + 1 });
    if (mentors.length === 0) {
      reply(`No one in *${community.name}* has said they mentor${topic ? ` on ${topic}` : ''} yet.`);
      return;
    }
    const lines = [`🧭 Mentors in *${community.name}*${topic ? ` for ${topic}` : ''}:`, ''];
    answer.data.forEach((hit, index) => {
      if (!hit.why.includes(MENTOR_REASON)) return;
      lines.push(`${index + 1}. *${hit.name}*${hit.designation ? ` — ${hit.designation}` : ''}`);
    });
    lines.push('', 'Reply with a number for details, or *connect 2* to ask for an introduction.');
    reply(lines.join('\n'));
  },
};

/**
 * A compact result list for the communities that asked for one.
 * @type {import('@community-connect/whatsapp-bot').SearchResultsFormatter}
 */
const compactResults = (answer) =>
  answer.data.length === 0
    ? 'Nobody matched. Try other words.'
    : [`Found ${answer.meta.total}:`, ...answer.data.map((hit, index) => `${(answer.meta.page - 1) * answer.meta.pageSize + index + 1}) ${hit.name}`)].join('\n');

/**
 * @param {import('@community-connect/whatsapp-bot').WhatsappBotExtensions} bot
 * @param {{ compactResultsFor: string[]; introductionTemplateSid?: string }} config
 */
const registerBotExtensions = (bot, config) => {
  bot.registerCommand(mentorsCommand);
  for (const community of config.compactResultsFor) bot.registerFormatter('searchResults', compactResults, { community });
  if (config.introductionTemplateSid) bot.registerTemplate('introductionRequest', config.introductionTemplateSid);
};

module.exports = { registerBotExtensions };
