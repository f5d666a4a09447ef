import { badInput } from './app-error';

/**
 * Exact money arithmetic on decimal strings (numeric(18,2) values): via integer cents in
 * BigInt, never through floats.
 */
export function toCents(value: string): bigint {
  const negative = value.startsWith('-');
  const [whole = '0', fraction = ''] = value.replace('-', '').split('.');
  const cents = BigInt(whole) * 100n + BigInt((fraction + '00').slice(0, 2));
  return negative ? -cents : cents;
}

/**
 * A deal or a renewal is worth something: zero is refused where it would be counted as
 * pipeline or revenue (the inputs already refuse a negative amount).
 */
export function requirePositiveAmount(field: string, amount: string): void {
  if (toCents(amount) <= 0n) throw badInput(field, 'POSITIVE_AMOUNT');
}

export function fromCents(cents: bigint): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const text = `${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
  return negative ? `-${text}` : text;
}

/** amount × percent / 100, rounded half up to the cent. */
export function percentOf(amount: string, percent: number): string {
  return fromCents((toCents(amount) * BigInt(percent) + 50n) / 100n);
}

const NUMERIC = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * The one written form of a decimal on the wire and at rest: no leading zeros, exactly two
 * decimals, no negative zero — "2000000" and "2000000.0" both read "2000000.00", as
 * numeric(18,2) answers. More decimals are rounded half away from zero, as Postgres rounds.
 * Returns null for text that is not a plain decimal number.
 */
export function canonicalDecimal(value: string): string | null {
  const match = NUMERIC.exec(value.trim());
  if (!match) return null;
  const [, sign, whole = '0', fraction = ''] = match;
  let cents = BigInt(whole) * 100n + BigInt((fraction + '00').slice(0, 2));
  if (fraction.length > 2 && Number(fraction[2]) >= 5) cents += 1n;
  return fromCents(sign === '-' ? -cents : cents).replace(/^-(0\.00)$/, '$1');
}
