import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { AppError } from '../common/app-error';

interface ValidationErrorLike {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorLike[];
}

/** The deepest failing property of a class-validator error, as a dotted path. */
function firstViolation(
  error: ValidationErrorLike,
  path: string[] = [],
): { path: string[]; message: string } {
  const here = [...path, error.property];
  const child = error.children?.[0];
  if (child) return firstViolation(child, here);
  const message = Object.values(error.constraints ?? {})[0] ?? 'is invalid';
  return { path: here, message };
}

/** Root argument names that only wrap the real fields. */
const WRAPPERS = new Set(['input', 'filter']);
const fieldOf = (path: string[]) =>
  (path.length > 1 && WRAPPERS.has(path[0] ?? '') ? path.slice(1) : path)
    .filter((p) => !/^\d+$/.test(p))
    .join('.');

/** graphql-js coercion messages name the variable path: `at "input.tier"` or `$input`. */
function fieldFromCoercionMessage(message: string): string | undefined {
  const at = /at "([^"]+)"/.exec(message);
  if (at?.[1]) return fieldOf(at[1].split('.'));
  const field = /[Ff]ield "(?:[A-Za-z]+\.)?([A-Za-z0-9_]+)"/.exec(message);
  if (field?.[1]) return field[1];
  const variable = /Variable "\$([A-Za-z0-9_]+)"/.exec(message);
  return variable?.[1];
}

/** For an inline literal (`tier: NOPE`), the argument or input field written before it. */
function fieldFromSource(error: unknown): string | undefined {
  if (!(error instanceof GraphQLError) || !error.source || !error.positions?.[0]) return undefined;
  const before = error.source.body.slice(0, error.positions[0]);
  return /([A-Za-z_]\w*)\s*:\s*[[{]?\s*$/.exec(before)?.[1];
}

/**
 * Maps every error to the wire once: our coded AppErrors keep their code and extensions,
 * input validation gets BAD_USER_INPUT with the field, anything unexpected is logged and
 * masked so no internals or stack traces leak.
 */
export function createFormatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const unwrapped = unwrapResolverError(error);
    // Errors thrown by request plugins (the safelist) arrive wrapped in a GraphQLError.
    const original =
      unwrapped instanceof GraphQLError && unwrapped.originalError instanceof AppError
        ? unwrapped.originalError
        : unwrapped;
    const base = {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
    };

    if (original instanceof AppError) {
      return {
        ...base,
        message: original.message,
        extensions: { ...original.extensions, code: original.code },
      };
    }

    const code = formatted.extensions?.code;
    // Automatic persisted queries: clients react to these two codes, keep them as they are.
    if (code === 'PERSISTED_QUERY_NOT_FOUND' || code === 'PERSISTED_QUERY_NOT_SUPPORTED') {
      return { ...base, extensions: { code } };
    }
    const validationErrors = formatted.extensions?.validationErrors as
      ValidationErrorLike[] | undefined;
    if (code === 'BAD_USER_INPUT' && validationErrors?.[0]) {
      const violation = firstViolation(validationErrors[0]);
      const field = fieldOf(violation.path);
      return {
        ...base,
        message: `${field}: ${violation.message}`,
        extensions: { code: 'BAD_USER_INPUT', field },
      };
    }
    if (
      code === 'BAD_USER_INPUT' ||
      code === 'GRAPHQL_VALIDATION_FAILED' ||
      code === 'GRAPHQL_PARSE_FAILED' ||
      code === 'BAD_REQUEST' ||
      code === 'OPERATION_RESOLUTION_FAILURE'
    ) {
      const field = fieldFromCoercionMessage(formatted.message) ?? fieldFromSource(original);
      // Malformed input of any kind is the caller's to fix: one code for all of it.
      return {
        ...base,
        extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}), reason: code },
      };
    }

    if ((original as { driverError?: { code?: string } } | null)?.driverError?.code === '57014') {
      // statement_timeout (STATEMENT_TIMEOUT_MS) cancelled a query: the caller may narrow it.
      return {
        ...base,
        message:
          'The request took too long and was cancelled: ask for less (a filter, a smaller page)',
        extensions: { code: 'TIMEOUT' },
      };
    }
    log.error({ err: original, path: formatted.path }, 'unexpected error');
    return {
      message: 'Internal server error',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
