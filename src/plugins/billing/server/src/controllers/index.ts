import admin from './admin';
import billing from './billing';
import ping from './ping';
import webhook from './webhook';

export default {
  admin,
  billing,
  ping,
  webhook,
};
