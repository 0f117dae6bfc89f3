import type { Core } from '@strapi/strapi';

import extensionsService, { type BotCommand } from '../extensions';

const create = () => extensionsService({ strapi: {} as Core.Strapi });
const command = (overrides: Partial<BotCommand> = {}): BotCommand => ({ name: 'mentors', match: /^\/mentors\b/i, handle: () => undefined, ...overrides });

describe('whatsapp-bot extensions', () => {
  it('finds the first registered command whose pattern matches, with its match', () => {
    const extensions = create();
    extensions.registerCommand(command({ help: '*/mentors* lists mentors' }));
    extensions.registerCommand(command({ name: 'events', match: (text) => text.startsWith('events') }));
    expect(extensions.commandFor('/mentors in Pune')?.command.name).toBe('mentors');
    expect(extensions.commandFor('/mentors in Pune')?.match?.[0]).toBe('/mentors');
    expect(extensions.commandFor('events this week')?.command.name).toBe('events');
    expect(extensions.commandFor('doctors in Pune')).toBeNull();
    expect(extensions.helpLines()).toEqual(['• */mentors* lists mentors']);
  });

  it('refuses duplicate or malformed registrations with a clear message', () => {
    const extensions = create();
    extensions.registerCommand(command());
    expect(() => extensions.registerCommand(command())).toThrow('whatsapp-bot: cannot register command "mentors": a command with this name is already registered');
    expect(() => extensions.registerCommand(command({ name: 'Bad Name' }))).toThrow(/name must be lower-case/);
    expect(() => extensions.registerCommand(command({ name: 'x', match: 'mentors' as never }))).toThrow(/`match` must be a RegExp or a function/);
    expect(() => extensions.registerCommand(command({ name: 'y', handle: undefined as never }))).toThrow(/`handle` must be a function/);
    expect(() => extensions.registerFormatter('footer' as never, (() => '') as never)).toThrow(/known formatters are searchResults, memberDetails/);
    expect(() => extensions.registerTemplate('introductionRequest', 'HX123')).toThrow(/Content SID/);
  });

  it('uses a community formatter before the general one', () => {
    const extensions = create();
    extensions.registerFormatter('searchResults', () => 'general');
    extensions.registerFormatter('searchResults', () => 'just for alpha', { community: 'alpha' });
    expect(() => extensions.registerFormatter('searchResults', () => 'again')).toThrow(/already registered for every community/);
    const answer = { data: [], meta: { total: 0, page: 1, pageSize: 5, noCloseMatch: true, relaxed: [], followUp: false } };
    expect(extensions.formatter('searchResults', 'alpha')?.(answer, { continuing: false, communitySlug: 'alpha' })).toBe('just for alpha');
    expect(extensions.formatter('searchResults', 'beta')?.(answer, { continuing: false, communitySlug: 'beta' })).toBe('general');
    expect(extensions.formatter('memberDetails', 'beta')).toBeUndefined();
  });

  it('keeps default templates', () => {
    const extensions = create();
    const sid = `HX${'a'.repeat(32)}`;
    extensions.registerTemplate('introductionRequest', sid);
    expect(extensions.defaultTemplate('introductionRequest')).toBe(sid);
    expect(extensions.defaultTemplate('introductionAccepted')).toBeUndefined();
  });
});
