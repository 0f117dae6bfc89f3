import indexer from './indexer';
import kv from './kv';
import memberData from './member-data';
import parseCache from './parse-cache';
import pluginInfo from './plugin-info';
import providers from './providers';
import search from './search';
import searchLog from './search-log';
import searchSessions from './search-sessions';

export default {
  'plugin-info': pluginInfo,
  providers,
  indexer,
  kv,
  'member-data': memberData,
  'parse-cache': parseCache,
  search,
  'search-log': searchLog,
  'search-sessions': searchSessions,
};
