import fc from 'fast-check';
import { fromCents, percentOf, toCents } from './decimal';

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
