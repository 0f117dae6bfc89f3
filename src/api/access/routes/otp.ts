/**
 * Phone OTP login. Public by nature (`auth: false`); guarded by per-phone and per-IP limits and
 * lockouts in the OTP service. Refresh and logout are users-permissions' routes
 * (`/api/auth/refresh`, `/api/auth/logout`), answered by ../controllers/sessions.ts through
 * src/extensions/users-permissions; they work on the sessions these routes start.
 */
export default {
  routes: [
    {
      method: 'POST',
      path: '/auth/send-otp',
      handler: 'api::access.otp.sendOtp',
      config: { auth: false },
    },
    {
      method: 'POST',
      path: '/auth/verify-otp',
      handler: 'api::access.otp.verifyOtp',
      config: { auth: false },
    },
  ],
};
