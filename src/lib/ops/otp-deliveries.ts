import type { OtpSender } from '../sms/sms-provider';
import { recordOtpDelivery } from './metrics';

/** The same sender, counting each delivery as sent or failed (community_connect_otp_deliveries_total). */
export const countOtpDeliveries = (sender: OtpSender): OtpSender => ({
  name: sender.name,
  generatesOwnCode: sender.generatesOwnCode,
  async send(phone, code) {
    try {
      await sender.send(phone, code);
    } catch (error) {
      recordOtpDelivery(sender.name, 'failed');
      throw error;
    }
    recordOtpDelivery(sender.name, 'sent');
  },
  ...(sender.check ? { check: sender.check.bind(sender) } : {}),
});
