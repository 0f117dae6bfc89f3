import analytics from './analytics';
import dashboard from './dashboard';
import extensions from './extensions';
import indexer from './indexer';
import kv from './kv';
import memberData from './member-data';
import parseCache from './parse-cache';
import pluginInfo from './plugin-info';
import providers from './providers';
import reindexJobs from './reindex-jobs';
import runtimeSettings from './runtime-settings';
import search from './search';
import searchLog from './search-log';
import searchSessions from './search-sessions';
import searchSettings from './search-settings';
import synonyms from './synonyms';

export default {
  'plugin-info': pluginInfo,
  providers,
  extensions,
  indexer,
  kv,
  'member-data': memberData,
  'parse-cache': parseCache,
  search,
  'search-log': searchLog,
  'search-sessions': searchSessions,
  analytics,
  dashboard,
  'reindex-jobs': reindexJobs,
  'runtime-settings': runtimeSettings,
  'search-settings': searchSettings,
  synonyms,
};
