import {
  fillReason,
  INPUT_REASONS,
  REFUSAL_REASONS,
  type ErrorCode,
  type InputReason,
  type RefusalReason,
} from '@trident/domain';

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

type Params = Record<string, unknown> & { field?: never; reason?: never; code?: never };

/**
 * Bad input in one field, for a reason of the shared catalogue (DESIGN.md §3): the English
 * message is for logs and BI tools; people read the console's words for the reason.
 */
export const badInput = (field: string, reason: InputReason, params: Params = {}) =>
  new AppError('BAD_USER_INPUT', `${field}: ${fillReason(INPUT_REASONS[reason], params)}`, {
    ...params,
    field,
    reason,
  });

/** A refusal with a reason of the shared catalogue and its English message. */
export const refusal = (
  code: Exclude<ErrorCode, 'BAD_USER_INPUT'>,
  reason: RefusalReason,
  params: Record<string, unknown> & { reason?: never; code?: never } = {},
) => new AppError(code, fillReason(REFUSAL_REASONS[reason], params), { ...params, reason });

export const notFound = (entity: string, id: string) =>
  new AppError('NOT_FOUND', `${entity} ${id} not found`, { entity, id });

export const forbidden = (
  message = 'You are not allowed to do this',
  extra: Record<string, unknown> = {},
) => new AppError('FORBIDDEN', message, extra);

export const unauthenticated = (message = 'Authentication required') =>
  new AppError('UNAUTHENTICATED', message);

export const conflict = (reason: RefusalReason, params: Record<string, unknown> = {}) =>
  refusal('CONFLICT', reason, params);
