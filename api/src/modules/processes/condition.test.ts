import fc from 'fast-check';
import { approvalPath } from './approval-path';
import { ConditionError, evaluateCondition, parseCondition } from './condition';

const holds = (text: string, deal: Parameters<typeof evaluateCondition>[1]) =>
  evaluateCondition(parseCondition(text), deal);

describe('step conditions', () => {
  it('evaluates comparisons joined by and/or, with parentheses', () => {
    expect(holds('amount >= 1000000', { amount: '1000000.00' })).toBe(true);
    expect(holds('amount >= 1000000', { amount: 999999.99 })).toBe(false);
    expect(
      holds('amount > 500000 and productLine == "5G"', { amount: 600000, productLine: '5G' }),
    ).toBe(true);
    expect(
      holds('amount > 500000 and productLine == "5G"', { amount: 600000, productLine: 'IoT' }),
    ).toBe(false);
    expect(
      holds('productLine == "5G" or region == "Guangdong"', {
        productLine: 'IoT',
        region: 'Guangdong',
      }),
    ).toBe(true);
    expect(
      holds('(amount < 100 or amount > 1000) and region != "Beijing"', {
        amount: 5000,
        region: 'Jiangsu',
      }),
    ).toBe(true);
    expect(holds('1000000 <= amount', { amount: 2000000 })).toBe(true);
    expect(holds('amount < 10 || amount > 20 && region == "x"', { amount: 5 })).toBe(true);
  });

  it('never lets a missing deal value meet a comparison', () => {
    expect(holds('amount < 1000', {})).toBe(false);
    expect(holds('productLine != "5G"', { productLine: null })).toBe(false);
  });

  it.each([
    ['amount >=', /syntax error/],
    ['amount >= 1000000 and', /syntax error/],
    ['budget > 5', /unknown variable "budget"/],
    ['amount', /needs a comparison/],
    ['amount = 5', /syntax error|not allowed/],
    ['amount >= "big"', /compared with a number/],
    ['region > "A"', /only be compared with == or !=/],
    ['region == 5', /quoted text/],
    ['process.exit()', /not allowed|unknown variable/],
    ['constructor.constructor("return process")()', /not allowed/],
    ['amount > 1; DROP TABLE account; --', /syntax error|one expression|not allowed/],
    ["region == 'x' OR 1=1", /syntax error|not allowed|unknown variable/],
    ['amount + 1 > 5', /not allowed|comparison needs a variable/],
    ['amount > amount', /compare amount with a number/],
    ['this.amount > 1', /not allowed|unknown variable/],
    ['x'.repeat(501), /at most 500/],
  ])('refuses %s', (text, reason) => {
    expect(() => parseCondition(text)).toThrow(ConditionError);
    expect(() => parseCondition(text)).toThrow(reason);
  });
});

describe('approvalPath', () => {
  const thresholds = fc.array(fc.integer({ min: 0, max: 20_000_000 }), {
    minLength: 1,
    maxLength: 8,
  });

  it('returns exactly the steps whose conditions hold, in order, with their days', () => {
    fc.assert(
      fc.property(
        thresholds,
        fc.integer({ min: 0, max: 25_000_000 }),
        fc.constantFrom('5G', 'IoT', 'Cloud'),
        (limits, amount, productLine) => {
          const steps = limits.map((limit, i) => ({
            position: limits.length - i,
            condition:
              i % 3 === 0
                ? null
                : i % 3 === 1
                  ? `amount >= ${limit}`
                  : `amount < ${limit} or productLine == "5G"`,
            typicalDays: i + 1,
          }));
          const path = approvalPath(steps, { amount, productLine });
          const expected = steps
            .filter(
              (s, i) =>
                i % 3 === 0 ||
                (i % 3 === 1 ? amount >= limits[i]! : amount < limits[i]! || productLine === '5G'),
            )
            .sort((a, b) => a.position - b.position);
          expect(path.steps).toEqual(expected);
          expect(path.totalDays).toBe(expected.reduce((sum, s) => sum + s.typicalDays, 0));
        },
      ),
    );
  });

  it('reads a deal of several product lines: == when one of them is, != when none is', () => {
    const deal = { productLines: ['IoT', '5G'] };
    expect(holds('productLine == "5G"', deal)).toBe(true);
    expect(holds('productLine == "Cloud"', deal)).toBe(false);
    expect(holds('productLine != "5G"', deal)).toBe(false);
    expect(holds('productLine != "Cloud"', deal)).toBe(true);
    expect(holds('"5G" == productLine', deal)).toBe(true);
    expect(holds('productLine == "5G"', { productLines: [] })).toBe(false);
  });
});
