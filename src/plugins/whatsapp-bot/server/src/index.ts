import bootstrap from './bootstrap';
import config from './config';
import contentTypes from './content-types';
import controllers from './controllers';
import destroy from './destroy';
import middlewares from './middlewares';
import policies from './policies';
import register from './register';
import routes from './routes';
import services from './services';
import type { ExtensionsService } from './services/extensions';

export default {
  register,
  bootstrap,
  destroy,
  config,
  controllers,
  routes,
  services,
  contentTypes,
  policies,
  middlewares,
};

/** The public API other plugins build on (docs/extending.md); everything else is internal. */
export type {
  BotCommand,
  CommandContext,
  CommandMember,
  FormatterName,
  Formatters,
  MemberDetailsFormatter,
  SearchResultsFormatter,
  TemplateName,
} from './services/extensions';
export type { BotCommunity, BotMember } from './services/directory';
export type { SearchAnswer, SearchHit } from './services/host';
export type { WhatsappEvents, WhatsappMessageReceivedEvent, WhatsappMessageSentEvent } from './utils/events';

/** The `extensions` service as other plugins use it: `strapi.plugin('whatsapp-bot').service('extensions')`. */
export type WhatsappBotExtensions = Pick<ExtensionsService, 'registerCommand' | 'registerFormatter' | 'registerTemplate'>;
