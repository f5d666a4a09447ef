import { parsePeriod, PERIOD_HINT } from '@trident/domain';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

function parse(value: unknown): string {
  if (typeof value !== 'string' || !parsePeriod(value)) {
    throw new GraphQLError(
      `Period must be ${PERIOD_HINT}, years 2000–2100; got ${JSON.stringify(value)?.slice(0, 40)}`,
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  }
  return value;
}

/** A planning period as people say it: a year, a quarter or a month (domain `parsePeriod`). */
export const PeriodScalar = new GraphQLScalarType<string, string>({
  name: 'Period',
  description: 'A year "2026", a quarter "2026-Q4" or a month "2026-11" (years 2000–2100)',
  serialize: (value) => String(value),
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING) return parse(ast.value);
    throw new GraphQLError('Period must be a string', { extensions: { code: 'BAD_USER_INPUT' } });
  },
});
