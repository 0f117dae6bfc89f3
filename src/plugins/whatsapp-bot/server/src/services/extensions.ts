import type { Core } from '@strapi/strapi';

import type { BotCommunity, BotMember } from './directory';
import type { SearchAnswer } from './host';

/** The member as a command sees them: their own profile, without login links. */
export type CommandMember = Omit<BotMember, 'userId'>;

export type CommandContext = {
  community: Pick<BotCommunity, 'id' | 'documentId' | 'slug' | 'name'>;
  member: CommandMember;
  /** The message as the member typed it (whitespace collapsed). */
  text: string;
  /** The match of the command's pattern, when it is a RegExp. */
  match: RegExpExecArray | null;
  /** Adds a reply; every reply of the turn goes out together, in order. */
  reply(text: string): void;
  /**
   * Runs a directory search as this member (counted against their limit and the community's
   * quota like any search); the results become the numbered list "2" and "connect 2" refer to.
   */
  search(text: string): Promise<SearchAnswer | null>;
  /** This command's own memory in the conversation (30 minutes, like the rest of it). */
  memory: { get(): unknown; set(value: unknown): void };
};

export type BotCommand = {
  /** Unique, lower-case: `mentors`, `events-this-week`. */
  name: string;
  match: RegExp | ((text: string) => boolean);
  /** One line for the help message, e.g. "*mentors* lists members who mentor". */
  help?: string;
  handle(context: CommandContext): Promise<void> | void;
};

export type SearchResultsFormatter = (answer: SearchAnswer, context: { continuing: boolean; communitySlug: string }) => string;
export type MemberDetailsFormatter = (member: BotMember, context: { number: number; showContact: boolean; communitySlug: string }) => string;

export type Formatters = { searchResults: SearchResultsFormatter; memberDetails: MemberDetailsFormatter };
export type FormatterName = keyof Formatters;

export type TemplateName = 'introductionRequest' | 'introductionAccepted';

const COMMAND_NAME = /^[a-z][a-z0-9-]{0,39}$/;
const CONTENT_SID = /^HX[0-9a-fA-F]{32}$/;
const FORMATTER_NAMES: FormatterName[] = ['searchResults', 'memberDetails'];
const TEMPLATE_NAMES: TemplateName[] = ['introductionRequest', 'introductionAccepted'];

const refuse = (what: string, why: string): never => {
  throw new Error(`whatsapp-bot: cannot register ${what}: ${why}`);
};

/**
 * What other plugins add to the bot, from their own `register()`: commands, message formatters
 * (for every community or one), and default Content templates. Wrong registrations stop boot with
 * a message that says what is wrong.
 */
const extensionsService = (_context: { strapi: Core.Strapi }) => {
  const commands: BotCommand[] = [];
  const formatters = new Map<string, Partial<Formatters>>();
  const templates = new Map<TemplateName, string>();

  return {
    registerCommand(command: BotCommand) {
      const label = `command "${String((command as { name?: unknown })?.name)}"`;
      if (!command || typeof command !== 'object') refuse('a command', 'expected an object { name, match, handle }');
      if (typeof command.name !== 'string' || !COMMAND_NAME.test(command.name)) refuse(label, 'name must be lower-case letters, digits and dashes');
      if (commands.some((existing) => existing.name === command.name)) refuse(label, 'a command with this name is already registered');
      if (!(command.match instanceof RegExp) && typeof command.match !== 'function') refuse(label, '`match` must be a RegExp or a function');
      if (typeof command.handle !== 'function') refuse(label, '`handle` must be a function');
      if (command.help !== undefined && (typeof command.help !== 'string' || command.help.length > 200)) refuse(label, '`help` must be a line of text');
      commands.push(command);
    },

    registerFormatter<TName extends FormatterName>(name: TName, formatter: Formatters[TName], options: { community?: string } = {}) {
      if (!FORMATTER_NAMES.includes(name)) refuse(`formatter "${String(name)}"`, `known formatters are ${FORMATTER_NAMES.join(', ')}`);
      if (typeof formatter !== 'function') refuse(`formatter "${name}"`, 'expected a function');
      const scope = options.community ?? '*';
      const scoped = formatters.get(scope) ?? {};
      if (scoped[name]) refuse(`formatter "${name}"`, `one is already registered for ${scope === '*' ? 'every community' : `community "${scope}"`}`);
      formatters.set(scope, { ...scoped, [name]: formatter });
    },

    registerTemplate(name: TemplateName, contentSid: string) {
      if (!TEMPLATE_NAMES.includes(name)) refuse(`template "${String(name)}"`, `known templates are ${TEMPLATE_NAMES.join(', ')}`);
      if (typeof contentSid !== 'string' || !CONTENT_SID.test(contentSid)) refuse(`template "${name}"`, 'expected a Twilio Content SID (HX followed by 32 hex digits)');
      templates.set(name, contentSid);
    },

    /** The first registered command whose pattern matches. */
    commandFor(text: string): { command: BotCommand; match: RegExpExecArray | null } | null {
      for (const command of commands) {
        if (command.match instanceof RegExp) {
          command.match.lastIndex = 0;
          const match = command.match.exec(text);
          if (match) return { command, match };
        } else if (command.match(text)) return { command, match: null };
      }
      return null;
    },

    helpLines: () => commands.flatMap((command) => (command.help ? [`• ${command.help}`] : [])),

    formatter<TName extends FormatterName>(name: TName, communitySlug: string): Formatters[TName] | undefined {
      return (formatters.get(communitySlug)?.[name] ?? formatters.get('*')?.[name]) as Formatters[TName] | undefined;
    },

    defaultTemplate: (name: TemplateName) => templates.get(name),
  };
};

export type ExtensionsService = ReturnType<typeof extensionsService>;

export default extensionsService;
