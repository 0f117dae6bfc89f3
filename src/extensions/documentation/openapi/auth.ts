import { sendOtpBodySchema, verifyOtpBodySchema } from '../../../api/access/validation/otp';
import { dataOf, errorResponses, fromZod, jsonBody, ok, operation, parameterRef, schemaRef, SECURITY, type Paths } from './helpers';

const tags = ['Auth'];

const tokenPair = {
  type: 'object',
  required: ['jwt', 'refreshToken'],
  properties: {
    jwt: { type: 'string', description: 'access token (10 minutes): Authorization: Bearer <jwt>' },
    refreshToken: { type: 'string', description: 'single use: POST /api/auth/refresh returns a new pair' },
  },
};

export const authPaths = (): Paths => ({
  '/auth/send-otp': {
    post: operation({
      tags,
      operationId: 'sendOtp',
      summary: 'Text a 6-digit login code to a member phone',
      description:
        'The answer is the same whether or not the number belongs to a member (nothing reveals who is a member). Limits: RATE_LIMIT_OTP_PER_PHONE_PER_HOUR and RATE_LIMIT_OTP_PER_IP_PER_HOUR; a phone locked after wrong codes gets 429. The code expires after OTP_TTL_SECONDS; a new request replaces it.',
      security: SECURITY.none,
      requestBody: jsonBody(fromZod(sendOtpBodySchema), { phone: '+919876543210' }),
      responses: {
        '200': ok(
          'Accepted (also for numbers that are not members)',
          dataOf({
            type: 'object',
            properties: { status: { type: 'string', enum: ['sent'] }, message: { type: 'string' }, expiresInSeconds: { type: 'integer' } },
          }),
          { data: { status: 'sent', message: 'If this number belongs to a member, a login code is on its way. It expires in 5 minutes.', expiresInSeconds: 300 } }
        ),
        ...errorResponses(400, 429),
      },
    }),
  },
  '/auth/verify-otp': {
    post: operation({
      tags,
      operationId: 'verifyOtp',
      summary: 'Exchange the code for an access token and a refresh token',
      description:
        'A code is accepted once. 5 wrong codes from one network (IPv4 address, IPv6 /64) within an hour lock that network out (429, details.lockout `source`; OTP_LOCKOUT_BASE_SECONDS, doubling up to OTP_LOCKOUT_MAX_SECONDS); 5 wrong tries for one phone only slow it (429, details.lockout `phone`; OTP_PHONE_LOCKOUT_BASE_SECONDS, doubling up to OTP_PHONE_LOCKOUT_MAX_SECONDS). An admin can lift a phone lockout (POST /community-access/lockouts/clear). The session starts in the X-Community community when given, else the first of the member\'s communities. `deviceId` names the session so logging out on one device keeps the others.',
      security: SECURITY.none,
      parameters: [parameterRef('XCommunity')],
      requestBody: jsonBody(fromZod(verifyOtpBodySchema), { phone: '+919876543210', code: '123456', deviceId: 'my-phone' }),
      responses: {
        '200': ok('Logged in', {
          ...tokenPair,
          required: ['jwt', 'refreshToken', 'user', 'member', 'communities'],
          properties: {
            ...tokenPair.properties,
            user: { type: 'object', properties: { id: { type: 'integer' }, documentId: { type: 'string' }, username: { type: 'string' } } },
            member: schemaRef('Member'),
            communities: { type: 'array', items: { type: 'object', properties: { slug: { type: 'string' }, name: { type: 'string' } } } },
          },
        }),
        ...errorResponses(400, 403, 429),
      },
    }),
  },
  '/auth/refresh': {
    post: operation({
      tags,
      operationId: 'refreshSession',
      summary: 'Rotate the token pair (users-permissions)',
      description:
        'The refresh token is single use: the answer carries a new one. Presenting an already-used refresh token again ends the whole session (every token descended from that login): 401 with details.reason `refresh_token_reused`, and the holder of the newest token must log in again too. An invalid, expired or ended token gets 401.',
      security: SECURITY.none,
      requestBody: jsonBody(
        { type: 'object', required: ['refreshToken'], properties: { refreshToken: { type: 'string' } } },
        { refreshToken: '<refreshToken from verify-otp>' }
      ),
      responses: { '200': ok('A new pair', tokenPair), ...errorResponses(400, 401) },
    }),
  },
  '/auth/logout': {
    post: operation({
      tags,
      operationId: 'logout',
      summary: "End the member's session at once, or all of them",
      description:
        'Ends the whole session (the login and every token refreshed from it) that `refreshToken` names, else the one the access token belongs to. With `deviceId`, every session started with that device id ends; with `everywhere: true`, every session of the member on every device. Give at most one of the three. Access tokens are checked against their session on every route, so they stop working immediately.',
      security: SECURITY.member,
      requestBody: {
        required: false,
        content: {
          'application/json': {
            schema: {
              type: 'object',
              additionalProperties: false,
              properties: {
                refreshToken: { type: 'string', maxLength: 4096 },
                deviceId: { type: 'string', minLength: 1, maxLength: 128 },
                everywhere: { type: 'boolean' },
              },
            },
            example: { everywhere: true },
          },
        },
      },
      responses: { '200': ok('Logged out', { type: 'object', properties: { ok: { type: 'boolean', enum: [true] } } }), ...errorResponses(400, 401, 403) },
    }),
  },
});
