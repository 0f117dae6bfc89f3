import ping from './ping';
import search from './search';

export default {
  ping,
  search,
};
