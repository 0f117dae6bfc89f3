import indexer from './indexer';
import pluginInfo from './plugin-info';
import providers from './providers';
import search from './search';
import searchSessions from './search-sessions';

export default {
  'plugin-info': pluginInfo,
  providers,
  indexer,
  search,
  'search-sessions': searchSessions,
};
