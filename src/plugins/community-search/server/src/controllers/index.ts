import ping from './ping';
import search from './search';
import status from './status';

export default {
  ping,
  search,
  status,
};
