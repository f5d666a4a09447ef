import fc from 'fast-check';
import { canonicalDecimal, fromCents, percentOf, toCents } from './decimal';

describe('decimal money helpers', () => {
  it('round-trips any two-decimal amount exactly', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 17n), max: 10n ** 17n }), (cents) => {
        expect(toCents(fromCents(cents))).toBe(cents);
      }),
    );
  });

  it('weights by stage probability, rounding half up to the cent', () => {
    expect(percentOf('1000000.00', 25)).toBe('250000.00');
    expect(percentOf('0.01', 50)).toBe('0.01');
    expect(percentOf('99.99', 75)).toBe('74.99');
    expect(percentOf('12', 100)).toBe('12.00');
    expect(percentOf('12.5', 0)).toBe('0.00');
  });
});

describe('canonicalDecimal', () => {
  it('writes every decimal one way: two decimals, no leading zeros, no negative zero', () => {
    expect(canonicalDecimal('2000000')).toBe('2000000.00');
    expect(canonicalDecimal('2000000.5')).toBe('2000000.50');
    expect(canonicalDecimal('2000000.00')).toBe('2000000.00');
    expect(canonicalDecimal('007.10')).toBe('7.10');
    expect(canonicalDecimal('-0')).toBe('0.00');
    expect(canonicalDecimal('-12.345')).toBe('-12.35');
    expect(canonicalDecimal('0.004')).toBe('0.00');
    expect(canonicalDecimal('1e3')).toBeNull();
    expect(canonicalDecimal('')).toBeNull();
  });

  it('keeps the value of any two-decimal amount', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 17n), max: 10n ** 17n }), (cents) => {
        const text = fromCents(cents);
        expect(canonicalDecimal(text)).toBe(text);
        expect(canonicalDecimal(text.replace(/\.?0+$/, '') || '0')).toBe(canonicalDecimal(text));
      }),
    );
  });
});
