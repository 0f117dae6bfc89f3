import type { AdminViewsService } from '../services/admin-views';
import type { ConversationService } from '../services/conversation';
import type { DirectoryService } from '../services/directory';
import type { ExtensionsService } from '../services/extensions';
import type { HostService } from '../services/host';
import type { InboundService } from '../services/inbound';
import type { IntroductionsService } from '../services/introductions';
import type { MemberDataService } from '../services/member-data';
import type { OutboundService } from '../services/outbound';
import type { OverviewService } from '../services/overview';
import type { PluginInfoService } from '../services/plugin-info';
import type { QueuesService } from '../services/queues';
import { PLUGIN_ID } from './plugin-id';

type Services = {
  'plugin-info': PluginInfoService;
  'admin-views': AdminViewsService;
  conversation: ConversationService;
  directory: DirectoryService;
  extensions: ExtensionsService;
  host: HostService;
  inbound: InboundService;
  introductions: IntroductionsService;
  'member-data': MemberDataService;
  outbound: OutboundService;
  overview: OverviewService;
  queues: QueuesService;
};

export const getService = <TName extends keyof Services>(name: TName): Services[TName] =>
  strapi.plugin(PLUGIN_ID).service(name) as Services[TName];
