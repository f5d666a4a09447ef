import type { ErrorCode } from '@trident/domain';

/**
 * The one error type that services throw. It carries the GraphQL error code and, for
 * bad input, the offending field; the GraphQL layer maps it to `extensions` in one place.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const badInput = (field: string, message: string, extra: Record<string, unknown> = {}) =>
  new AppError('BAD_USER_INPUT', `${field}: ${message}`, { field, ...extra });

export const notFound = (entity: string, id: string) =>
  new AppError('NOT_FOUND', `${entity} ${id} not found`, { entity, id });

export const forbidden = (
  message = 'You are not allowed to do this',
  extra: Record<string, unknown> = {},
) => new AppError('FORBIDDEN', message, extra);

export const unauthenticated = (message = 'Authentication required') =>
  new AppError('UNAUTHENTICATED', message);

export const conflict = (message: string, extra: Record<string, unknown> = {}) =>
  new AppError('CONFLICT', message, extra);
