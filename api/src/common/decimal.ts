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
