import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { canonicalDecimal } from '../../common/decimal';

/** Up to 16 integer digits and 2 decimals: what numeric(18,2) holds, exactly. */
const DECIMAL = /^-?\d{1,16}(\.\d{1,2})?$/;

/** What a client sends, checked and written the one way (`canonicalDecimal`): "12" → "12.00". */
function parse(value: unknown): string {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  const canonical = typeof text === 'string' && DECIMAL.test(text) ? canonicalDecimal(text) : null;
  if (canonical === null) {
    throw new GraphQLError(
      'Decimal must be a string like "1250000.00" (at most 16 digits and 2 decimals)',
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  }
  return canonical;
}

/** Whatever a service or a row holds ("2000000", "2000000.00", 12.5), in the one form. */
function serialize(value: unknown): string {
  const text = typeof value === 'number' || typeof value === 'bigint' ? String(value) : value;
  const canonical = typeof text === 'string' ? canonicalDecimal(text) : null;
  if (canonical === null) {
    throw new GraphQLError(`Decimal cannot represent ${JSON.stringify(value)?.slice(0, 40)}`);
  }
  return canonical;
}

/**
 * Money amounts travel as exact decimal strings, never as floats, and always in one form:
 * two decimals, no leading zeros ("2000000.00"), on the way in (so what is stored — also in
 * JSON columns — is that form) and on the way out (so a mutation's answer and a later read
 * agree, whichever path computed the value).
 */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: 'An exact decimal number as a string with two decimals, e.g. "1250000.00"',
  serialize,
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT) {
      return parse(ast.value);
    }
    throw new GraphQLError('Decimal must be a string', { extensions: { code: 'BAD_USER_INPUT' } });
  },
});
