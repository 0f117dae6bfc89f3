export { ERROR_CATALOGUE, type ErrorCode } from './catalogue';
export { AppError, ForbiddenError, type ErrorDetails } from './app-error';
export { humanValidationError, issuesValidationError, parseForPeople, type ValidationMessageOptions } from './validation';
export { sendErrorResponse, toErrorResponse, type ErrorBody, type ErrorResponse } from './envelope';
