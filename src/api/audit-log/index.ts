import { getAppService } from '../../lib/services';

export default {
  /** Strapi destroys modules before it closes the database: the last queued entries still get written. */
  async destroy() {
    await getAppService('api::audit-log.audit-log').flush();
  },
};
