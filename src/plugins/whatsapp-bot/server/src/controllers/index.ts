import admin from './admin';
import webhook from './webhook';

export default {
  admin,
  webhook,
};
