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

  it('compares a bare amount in CNY only: another currency cannot be told, unless the condition names it', () => {
    // No exchange rates: USD 600,000 is neither above nor below 3,000,000 yuan.
    expect(holds('amount >= 3000000', { amount: 600000, currency: 'USD' })).toBeNull();
    expect(holds('amount >= 3000000', { amount: 600000, currency: 'CNY' })).toBe(false);
    expect(holds('amount >= 3000000', { amount: 6000000 })).toBe(true);
    // Three-valued and/or: what is known decides where it can.
    expect(holds('amount >= 1 and region == "x"', { amount: 5, currency: 'EUR' })).toBe(false);
    expect(holds('amount >= 1 or region == "x"', { amount: 5, currency: 'EUR', region: 'x' })).toBe(
      true,
    );
    expect(holds('amount >= 1 or region == "x"', { amount: 5, currency: 'EUR' })).toBeNull();
    // A threshold stated in the deal's currency is compared, wherever the and puts it.
    const usd = 'currency == "USD" and amount >= 400000';
    expect(holds(usd, { amount: 600000, currency: 'USD' })).toBe(true);
    expect(holds(usd, { amount: 300000, currency: 'USD' })).toBe(false);
    expect(holds(usd, { amount: 600000, currency: 'EUR' })).toBe(false);
    expect(holds(usd, { amount: 600000 })).toBe(false);
    expect(
      holds('(amount >= 400000 and region == "x") and currency == "USD"', {
        amount: 600000,
        currency: 'USD',
        region: 'x',
      }),
    ).toBe(true);
    expect(holds('currency != "CNY"', { currency: 'JPY' })).toBe(true);
    expect(() => parseCondition('currency == "usd"')).toThrow(/currency code/);
    expect(() => parseCondition('currency > "USD"')).toThrow(/== or !=/);
  });

  it('keeps a step whose condition cannot be told: a signature too many, never one too few', () => {
    const steps = [
      { position: 1, condition: null, typicalDays: 1, name: 'review' },
      { position: 2, condition: 'amount >= 1000000', typicalDays: 2, name: 'budget' },
      {
        position: 3,
        condition: 'currency == "USD" and amount >= 400000',
        typicalDays: 3,
        name: 'usd',
      },
      {
        position: 4,
        condition: 'currency == "USD" and amount < 400000',
        typicalDays: 4,
        name: 'small',
      },
    ];
    const names = (deal: Parameters<typeof approvalPath>[1]) =>
      approvalPath(steps, deal).steps.map((step) => step.name);
    expect(names({ amount: 600000, currency: 'USD' })).toEqual(['review', 'budget', 'usd']);
    expect(names({ amount: 600000, currency: 'CNY' })).toEqual(['review']);
    expect(names({ amount: 300000, currency: 'USD' })).toEqual(['review', 'budget', 'small']);
  });

  it('reads a negative number as a number', () => {
    expect(holds('amount >= -5000', { amount: 0 })).toBe(true);
    expect(holds('-5000 < amount', { amount: -6000 })).toBe(false);
  });

  it('never lets a missing deal value meet a comparison', () => {
    expect(holds('amount < 1000', {})).toBe(false);
    expect(holds('productLine != "5G"', { productLine: null })).toBe(false);
  });

  it.each([
    ['amount >=', /syntax error/],
    ['amount >= 1000000 and', /syntax error|one expression/],
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

  it('says why with a problem code and its parameters, for words in any language', () => {
    const problem = (text: string) => {
      try {
        parseCondition(text);
      } catch (error) {
        const { problem, params } = error as ConditionError;
        return { problem, params };
      }
      return undefined;
    };
    expect(problem('budget > 5')).toEqual({
      problem: 'UNKNOWN_VARIABLE',
      params: { name: 'budget', variables: 'amount, currency, productLine, region' },
    });
    expect(problem('amount >=')).toEqual({ problem: 'SYNTAX', params: { at: 10 } });
    expect(problem('region > "A"')).toEqual({
      problem: 'ONLY_EQUALITY',
      params: { variable: 'region' },
    });
    expect(problem('x'.repeat(501))).toEqual({ problem: 'TOO_LONG', params: { max: 500 } });
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
