import adminViews from './admin-views';
import conversation from './conversation';
import directory from './directory';
import extensions from './extensions';
import host from './host';
import inbound from './inbound';
import introductions from './introductions';
import memberData from './member-data';
import outbound from './outbound';
import overview from './overview';
import pluginInfo from './plugin-info';
import queues from './queues';

export default {
  'plugin-info': pluginInfo,
  'admin-views': adminViews,
  conversation,
  directory,
  extensions,
  host,
  inbound,
  introductions,
  'member-data': memberData,
  outbound,
  overview,
  queues,
};
