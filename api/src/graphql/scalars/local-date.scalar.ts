import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a real calendar day YYYY-MM-DD in years 1000–9999 (no 02-30). */
export function isLocalDate(text: string): boolean {
  const match = DAY.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1000 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parse(value: unknown): string {
  if (typeof value !== 'string' || !isLocalDate(value)) {
    throw new GraphQLError(
      `LocalDate must be a real calendar day YYYY-MM-DD (years 1000–9999), got ${JSON.stringify(value)?.slice(0, 40)}`,
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  }
  return value;
}

/**
 * A calendar day without a time zone: a due date, a signing date, a day of payment. Refused
 * at the door when it is not a real day (2026-02-30) or outside years 1000–9999, so no
 * service and no SQL statement ever meets one.
 */
export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: 'A calendar day YYYY-MM-DD without a time zone, e.g. "2026-12-05"',
  serialize: (value) =>
    value instanceof Date ? value.toISOString().slice(0, 10) : parse(String(value)),
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING) return parse(ast.value);
    throw new GraphQLError('LocalDate must be a string YYYY-MM-DD', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  },
});
