import type { Core } from '@strapi/strapi';

import { maskPhone } from '../audit/mask';
import type { OtpSender } from './sms-provider';

/** Development only (refused in production by the config check): the code goes to the server log. */
export const createLogSender = (log: Core.Strapi['log']): OtpSender => ({
  name: 'log',
  generatesOwnCode: false,
  async send(phone, code) {
    log.info(`[development SMS] login code for ${maskPhone(phone)}: ${code}`);
  },
});
