import admin from './admin';
import ping from './ping';
import webhook from './webhook';

export default {
  admin,
  ping,
  webhook,
};
