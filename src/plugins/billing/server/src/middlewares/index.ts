import httpErrors from './http-errors';

export default {
  'http-errors': httpErrors,
};
