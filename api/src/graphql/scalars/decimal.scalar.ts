import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/** Up to 16 integer digits and 2 decimals: what numeric(18,2) holds, exactly. */
const DECIMAL = /^-?\d{1,16}(\.\d{1,2})?$/;

function parse(value: unknown): string {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  if (typeof text !== 'string' || !DECIMAL.test(text)) {
    throw new GraphQLError(
      'Decimal must be a string like "1250000.00" (at most 16 digits and 2 decimals)',
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  }
  return text;
}

/** Money amounts travel as exact decimal strings, never as floats. */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: 'An exact decimal number as a string, e.g. "1250000.00"',
  serialize: (value) => String(value),
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT) {
      return parse(ast.value);
    }
    throw new GraphQLError('Decimal must be a string', { extensions: { code: 'BAD_USER_INPUT' } });
  },
});
