import { unwrapResolverError } from '@apollo/server/errors';
import {
  BREAK,
  GraphQLError,
  Kind,
  parse,
  visit,
  type ASTNode,
  type DocumentNode,
  type GraphQLFormattedError,
  type ValueNode,
} from 'graphql';
import type { Logger } from 'pino';
import { AppError } from '../common/app-error';
import { concurrentChange } from '../db/concurrent-change';
import { databaseUnavailable } from '../db/connection-lost';
import { queryLimitRefusal } from './query-limits';
import { fillReason, INPUT_REASONS, REFUSAL_REASONS, type InputReason } from '@trident/domain';

interface ValidationErrorLike {
  property: string;
  constraints?: Record<string, string>;
  contexts?: Record<string, { reason?: InputReason } | undefined>;
  children?: ValidationErrorLike[];
}

/** The deepest failing property of a class-validator error, as a dotted path. */
function firstViolation(
  error: ValidationErrorLike,
  path: string[] = [],
): { path: string[]; constraint: string; message: string; reason?: InputReason } {
  const here = [...path, error.property];
  const child = error.children?.[0];
  if (child) return firstViolation(child, here);
  const [constraint, message] = Object.entries(error.constraints ?? {})[0] ?? ['', ''];
  return { path: here, constraint, message, reason: error.contexts?.[constraint]?.reason };
}

/**
 * A class-validator constraint as a reason of the shared catalogue. Its default message is
 * the only place the bound is written ("…shorter than or equal to 200 characters"), so the
 * numbers are read from it; our own patterns name their reason in the constraint's context.
 */
export function violationReason(violation: {
  constraint: string;
  message: string;
  reason?: InputReason;
}): { reason: InputReason; params: Record<string, number> } {
  if (violation.reason) return { reason: violation.reason, params: {} };
  const numbers = [...violation.message.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
  const last = numbers[numbers.length - 1] ?? 0;
  switch (violation.constraint) {
    case 'isDefined':
      return { reason: 'NOT_NULL', params: {} };
    case 'maxLength':
      return { reason: 'TOO_LONG', params: { max: last } };
    case 'minLength':
      return { reason: 'TOO_SHORT', params: { min: last } };
    case 'isLength':
      return /shorter/.test(violation.message)
        ? { reason: 'TOO_LONG', params: { max: last } }
        : { reason: 'TOO_SHORT', params: { min: numbers[0] ?? 0 } };
    case 'min':
      return { reason: 'AT_LEAST', params: { min: last } };
    case 'max':
      return { reason: 'AT_MOST', params: { max: last } };
    case 'arrayMaxSize':
      return { reason: 'TOO_MANY', params: { max: last } };
    case 'arrayMinSize':
      return { reason: 'TOO_FEW', params: { min: last } };
    case 'arrayUnique':
      return { reason: 'DUPLICATES', params: {} };
    case 'isUuid':
      return { reason: 'NOT_AN_ID', params: {} };
    case 'isInt':
      return { reason: 'NOT_AN_INTEGER', params: {} };
    case 'isEmail':
      return { reason: 'NOT_AN_EMAIL', params: {} };
    default:
      return { reason: 'INVALID', params: {} };
  }
}

/** Root argument names that only wrap the real fields. */
const WRAPPERS = new Set(['input', 'filter']);
const fieldOf = (path: string[]) =>
  (path.length > 1 && WRAPPERS.has(path[0] ?? '') ? path.slice(1) : path)
    .filter((p) => !/^\d+$/.test(p))
    .join('.');

/**
 * graphql-js coercion messages name the variable path: `at "f.period"` (the field `period`
 * inside the variable `$f`) or just `$p` — either way the argument the variable is passed to,
 * read from the document (`filter: $f`, `period: $p`), names it.
 */
function fieldFromCoercionMessage(message: string, error: unknown): string | undefined {
  const source = error instanceof GraphQLError ? error.source?.body : undefined;
  const at = /at "([^"]+)"/.exec(message);
  if (at?.[1]) {
    // List positions (`milestones[0].due`) are left out, as everywhere else; the path
    // starts at the variable, named by the argument it is passed to (`orderBy.field`).
    const [variable = '', ...inside] = at[1].replace(/\[\d+\]/g, '').split('.');
    return fieldOf([(source && argumentOfVariable(source, variable)) ?? variable, ...inside]);
  }
  const field = /[Ff]ield "(?:[A-Za-z]+\.)?([A-Za-z0-9_]+)"/.exec(message);
  if (field?.[1]) return field[1];
  const variable = /Variable "\$([A-Za-z0-9_]+)"/.exec(message)?.[1];
  if (!variable) return undefined;
  return (source && argumentOfVariable(source, variable)) ?? variable;
}

/** The argument a variable is passed to (`period: $p` → `period`), looking just before each use. */
function argumentOfVariable(source: string, variable: string): string | undefined {
  const use = new RegExp(`^\\$${variable}(?![\\w])`);
  for (
    let at = source.indexOf(`$${variable}`);
    at >= 0;
    at = source.indexOf(`$${variable}`, at + 1)
  ) {
    if (!use.test(source.slice(at, at + variable.length + 2))) continue;
    // A short window, like fieldFromSource: no pattern ever runs over a long literal.
    const before = source.slice(Math.max(0, at - NAME_WINDOW), at);
    const name = /([A-Za-z_]\w*)\s*:\s*$/.exec(before)?.[1];
    if (name) return name;
  }
  return undefined;
}

/** Enough of the document before an error for a name, a colon and an opening bracket. */
const NAME_WINDOW = 300;

/** For an inline literal (`tier: NOPE`), the argument or input field written before it. */
function fieldFromSource(error: unknown): string | undefined {
  if (!(error instanceof GraphQLError) || !error.source || !error.positions?.[0]) return undefined;
  // Only the text just before the error: the anchored pattern backtracks over every word
  // character it is given, quadratic in a long string literal (seconds for 100 kB).
  const position = error.positions[0];
  const before = error.source.body.slice(Math.max(0, position - NAME_WINDOW), position);
  return /([A-Za-z_]\w*)\s*:\s*[[{]?\s*$/.exec(before)?.[1];
}

/** The kinds of literal a scalar or an enum refuses: the values that have no parts. */
const LEAF_LITERALS = new Set<string>([
  Kind.STRING,
  Kind.INT,
  Kind.FLOAT,
  Kind.BOOLEAN,
  Kind.ENUM,
  Kind.NULL,
]);

/**
 * For an inline literal refused while validating (`funnel(filter: { period: "2026-Q5" })`),
 * the argument and input fields it is written in, named as a variable's would be
 * (`period`; `milestones.due`, list positions left out). Read from the document: the
 * literal's position lies inside one argument. Undefined unless the error points at a
 * leaf literal (a missing or unknown input field is named by the message instead).
 */
function literalField(error: unknown): string | undefined {
  if (!(error instanceof GraphQLError) || !error.source || error.positions?.length !== 1) {
    return undefined;
  }
  const position = error.positions[0]!;
  const inside = (node: ASTNode) =>
    !!node.loc && node.loc.start <= position && position < node.loc.end;
  let document: DocumentNode;
  try {
    document = parse(error.source);
  } catch {
    return undefined;
  }
  let field: string | undefined;
  visit(document, {
    Argument(argument) {
      if (!inside(argument)) return undefined;
      const path = [argument.name.value];
      let value: ValueNode | undefined = argument.value;
      while (value && inside(value) && !LEAF_LITERALS.has(value.kind)) {
        if (value.kind === Kind.LIST) {
          value = value.values.find(inside);
        } else if (value.kind === Kind.OBJECT) {
          const objectField = value.fields.find(inside);
          if (objectField) path.push(objectField.name.value);
          value = objectField?.value;
        } else value = undefined;
      }
      if (value && inside(value) && value.loc?.start === position) field = fieldOf(path);
      return BREAK;
    },
  });
  return field;
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

    // graphql-js gives up coercing variables after 50 errors with an error of its own that
    // Apollo does not recognise as bad input (it names no variable): it is bad input all the same.
    const tooManyVariableErrors =
      original instanceof GraphQLError &&
      !original.path &&
      original.message.startsWith('Too many errors processing variables');
    // Apollo refuses some requests with a 4xx status but no code (a persisted query whose hash
    // does not match its text): the caller's to fix, not an internal error to log.
    const clientStatus = (original as { extensions?: { http?: { status?: unknown } } } | null)
      ?.extensions?.http?.status;
    const apolloClientError =
      original instanceof GraphQLError &&
      !original.originalError &&
      // Apollo fills in INTERNAL_SERVER_ERROR for what has no code of its own.
      !original.extensions?.code &&
      typeof clientStatus === 'number' &&
      clientStatus >= 400 &&
      clientStatus < 500;
    const code = tooManyVariableErrors
      ? 'BAD_USER_INPUT'
      : apolloClientError
        ? 'BAD_REQUEST'
        : formatted.extensions?.code;
    // Automatic persisted queries: clients react to these two codes, keep them as they are.
    if (code === 'PERSISTED_QUERY_NOT_FOUND' || code === 'PERSISTED_QUERY_NOT_SUPPORTED') {
      return { ...base, extensions: { code } };
    }
    const validationErrors = formatted.extensions?.validationErrors as
      ValidationErrorLike[] | undefined;
    if (code === 'BAD_USER_INPUT' && validationErrors?.[0]) {
      const violation = firstViolation(validationErrors[0]);
      const field = fieldOf(violation.path);
      const { reason, params } = violationReason(violation);
      return {
        ...base,
        message: `${field}: ${fillReason(INPUT_REASONS[reason], params)}`,
        extensions: { code: 'BAD_USER_INPUT', field, reason, ...params },
      };
    }
    if (
      code === 'BAD_USER_INPUT' ||
      code === 'GRAPHQL_VALIDATION_FAILED' ||
      code === 'GRAPHQL_PARSE_FAILED' ||
      code === 'BAD_REQUEST' ||
      code === 'OPERATION_RESOLUTION_FAILURE'
    ) {
      const field =
        literalField(original) ??
        fieldFromCoercionMessage(formatted.message, original) ??
        fieldFromSource(original);
      // A fraction where a whole number belongs ("2.5" typed into a count) is the one
      // mismatch a person makes in a form; it gets the words of the rule it breaks.
      if (field && (code === 'BAD_USER_INPUT' || code === 'GRAPHQL_VALIDATION_FAILED')) {
        if (/\bInt cannot represent non-integer value: -?\d/.test(formatted.message))
          return {
            ...base,
            message: `${field}: ${INPUT_REASONS.NOT_AN_INTEGER}`,
            extensions: { code: 'BAD_USER_INPUT', field, reason: 'NOT_AN_INTEGER' },
          };
      }
      const overLimit = queryLimitRefusal(formatted.message);
      if (overLimit) {
        const { message, ...limit } = overLimit;
        return { ...base, message, extensions: { code: 'BAD_USER_INPUT', reason: code, ...limit } };
      }
      // Malformed input of any kind is the caller's to fix: one code for all of it.
      return {
        ...base,
        extensions: {
          code: 'BAD_USER_INPUT',
          ...(field ? { field } : {}),
          // A variable that does not fit its type has not reached a resolver either.
          reason: code === 'BAD_USER_INPUT' ? 'VARIABLE_INVALID' : code,
        },
      };
    }

    if (databaseUnavailable(error)) {
      // Postgres is down or restarting (also while the request context reads the viewer):
      // nothing was done, and the caller may retry; /readyz answers 503 meanwhile.
      log.warn({ err: original, path: formatted.path }, 'database unavailable');
      return {
        ...base,
        message: 'The database is unavailable: nothing was done, retry shortly',
        extensions: { code: 'UNAVAILABLE' },
      };
    }
    const driverError = (original as { driverError?: { code?: string; detail?: string } } | null)
      ?.driverError;
    const sqlState = driverError?.code;
    if (
      sqlState === '22021' ||
      sqlState === '22P05' ||
      (sqlState === '22P02' && /surrogate/i.test(driverError?.detail ?? ''))
    ) {
      // Text that is valid JSON and GraphQL but that Postgres cannot store: a NUL character
      // (\u0000) in text or jsonb, an unpaired UTF-16 surrogate in jsonb. The statement
      // failed and the transaction rolled back.
      return {
        ...base,
        message: 'Text must be valid Unicode without NUL characters (\\u0000)',
        extensions: { code: 'BAD_USER_INPUT', reason: 'UNSTORABLE_TEXT' },
      };
    }
    if (sqlState === '57014') {
      // statement_timeout (STATEMENT_TIMEOUT_MS) cancelled a query: the caller may narrow it.
      return {
        ...base,
        message:
          'The request took too long and was cancelled: ask for less (a filter, a smaller page)',
        extensions: { code: 'TIMEOUT' },
      };
    }
    if (concurrentChange(error)) {
      // Still rolled back for another writer after runMutation's retries (or outside it):
      // nothing was written, and trying again is the caller's way forward.
      log.warn({ err: original, path: formatted.path }, 'concurrent change');
      return {
        ...base,
        message: REFUSAL_REASONS.CONCURRENT_CHANGE,
        extensions: { code: 'CONFLICT', reason: 'CONCURRENT_CHANGE' },
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
