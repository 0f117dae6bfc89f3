import adminAnalytics from './admin-analytics';
import adminDashboard from './admin-dashboard';
import adminMembers from './admin-members';
import adminSettings from './admin-settings';
import ping from './ping';
import search from './search';
import status from './status';

export default {
  'admin-analytics': adminAnalytics,
  'admin-dashboard': adminDashboard,
  'admin-members': adminMembers,
  'admin-settings': adminSettings,
  ping,
  search,
  status,
};
