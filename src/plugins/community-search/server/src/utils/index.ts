import type { AnalyticsService } from '../services/analytics';
import type { DashboardService } from '../services/dashboard';
import type { ExtensionsService } from '../services/extensions';
import type { IndexerService } from '../services/indexer';
import type { KvService } from '../services/kv';
import type { ParseCacheService } from '../services/parse-cache';
import type { PluginInfoService } from '../services/plugin-info';
import type { ProvidersService } from '../services/providers';
import type { ReindexJobsService } from '../services/reindex-jobs';
import type { RuntimeSettingsService } from '../services/runtime-settings';
import type { SearchService } from '../services/search';
import type { SearchLogService } from '../services/search-log';
import type { SearchSessionsService } from '../services/search-sessions';
import type { SearchSettingsService } from '../services/search-settings';
import type { SynonymsService } from '../services/synonyms';
import { PLUGIN_ID } from './plugin-id';

type Services = {
  'plugin-info': PluginInfoService;
  providers: ProvidersService;
  extensions: ExtensionsService;
  indexer: IndexerService;
  kv: KvService;
  'parse-cache': ParseCacheService;
  search: SearchService;
  'search-log': SearchLogService;
  'search-sessions': SearchSessionsService;
  analytics: AnalyticsService;
  dashboard: DashboardService;
  'reindex-jobs': ReindexJobsService;
  'runtime-settings': RuntimeSettingsService;
  'search-settings': SearchSettingsService;
  synonyms: SynonymsService;
};

export const getService = <TName extends keyof Services>(name: TName): Services[TName] =>
  strapi.plugin(PLUGIN_ID).service(name) as Services[TName];
