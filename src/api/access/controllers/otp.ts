import type { Context } from 'koa';

import { clientAddressKey } from '../../../lib/rate-limit/client-address';
import { parseRequestBody } from '../../../lib/request-validation';
import { getAppService } from '../../../lib/services';
import { sendOtpBodySchema, verifyOtpBodySchema } from '../validation/otp';

const communityHeader = (ctx: Context) => {
  const header = ctx.request.headers['x-community'];
  const value = (Array.isArray(header) ? header[0] : header)?.trim().toLowerCase();
  return value === '' ? undefined : value;
};

export default {
  async sendOtp(ctx: Context) {
    const { phone } = parseRequestBody(ctx.request.body, sendOtpBodySchema);
    ctx.body = { data: await getAppService('api::access.otp').requestCode(phone, clientAddressKey(ctx.request.ip), ctx) };
  },

  async verifyOtp(ctx: Context) {
    const { phone, code, deviceId } = parseRequestBody(ctx.request.body, verifyOtpBodySchema);
    await getAppService('api::access.rate-limits').enforce('otpVerifyPerIp', clientAddressKey(ctx.request.ip), ctx);
    await getAppService('api::access.otp').verifyCode(phone, code, ctx, clientAddressKey(ctx.request.ip));
    ctx.body = await getAppService('api::access.member-login').login({
      phone,
      communitySlug: communityHeader(ctx),
      deviceId,
    });
  },
};
