import { badInput } from '../../common/app-error';
import { isStorableText } from '../../common/text';
import { isLocalDate } from '../scalars/local-date.scalar';

export type CursorValue = string | number | null;

/** The SQL type a cursor value is compared as (a sort key's cast; none: text). */
export type CursorKind = 'uuid' | 'timestamptz' | 'date' | 'int' | 'bigint' | 'numeric' | 'text';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$/;
const DECIMAL = /^-?\d{1,20}(\.\d{1,10})?$/;

/** Whether a value read from a cursor is one Postgres will take as `kind` without error. */
function fits(value: CursorValue, kind: CursorKind): boolean {
  if (value === null) return true;
  switch (kind) {
    case 'uuid':
      return typeof value === 'string' && UUID.test(value);
    case 'timestamptz': {
      if (typeof value !== 'string' || !INSTANT.test(value)) return false;
      const year = new Date(value).getUTCFullYear();
      return isLocalDate(value.slice(0, 10)) && year >= 1000 && year <= 9999;
    }
    case 'date':
      return typeof value === 'string' && isLocalDate(value);
    case 'int':
      return Number.isInteger(value) && Math.abs(value as number) < 2 ** 31;
    case 'bigint':
      return Number.isSafeInteger(value);
    case 'numeric':
      return (
        (typeof value === 'number' && Number.isFinite(value)) ||
        (typeof value === 'string' && DECIMAL.test(value))
      );
    case 'text':
      return typeof value === 'string' && value.length <= 2000 && isStorableText(value);
  }
}

export const encodeCursor = (values: CursorValue[]) =>
  Buffer.from(JSON.stringify(values)).toString('base64url');

/**
 * The values of a cursor this list handed out, each checked against the SQL type it is
 * compared as: a forged or edited cursor is the caller's error (BAD_USER_INPUT on `after`),
 * never a failed cast in the database.
 */
export function decodeCursor(cursor: string, kinds: readonly CursorKind[]): CursorValue[] {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    values = undefined;
  }
  if (
    Array.isArray(values) &&
    values.length === kinds.length &&
    values.every((value, i) => fits(value as CursorValue, kinds[i]!))
  )
    return values as CursorValue[];
  throw badInput('after', 'NOT_A_CURSOR');
}
