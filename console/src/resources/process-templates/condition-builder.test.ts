import { describe, expect, it } from 'vitest';
import {
  newConditionRow,
  parseConditionRows,
  printConditionRows,
  rowComplete,
  withField,
  type ConditionRow,
} from './condition-builder';

const row = (
  field: ConditionRow['field'],
  operator: ConditionRow['operator'],
  value: string,
  connector: ConditionRow['connector'] = 'and',
): ConditionRow => ({ field, operator, value, connector });

describe('condition builder', () => {
  it.each([
    'amount >= 1000000',
    'amount >= 1000000 and productLine == "5G"',
    'productLine == "5G" or region == "Guangdong"',
    'amount < 100 or amount > 1000 and region != "Beijing"',
    'amount >= 5000000 and productLine != "IoT" or region == "广东 Guangdong"',
    'region == "say \\"hi\\" \\\\ there"',
    // A threshold in another currency names it (the API compares a bare amount in CNY).
    'currency == "USD" and amount >= 150000',
  ])('writes back the same text it read: %s', (text) => {
    const rows = parseConditionRows(text);
    expect(rows).not.toBeNull();
    expect(printConditionRows(rows!)).toBe(text);
  });

  it('reads every row with its variable, operator, value and connector', () => {
    expect(
      parseConditionRows('amount >= 1000000 and productLine == "5G" or region != "x"'),
    ).toEqual([
      row('amount', '>=', '1000000'),
      row('productLine', '==', '5G', 'and'),
      row('region', '!=', 'x', 'or'),
    ]);
  });

  it('reads rows back from the text it writes', () => {
    const rows = [
      row('region', '==', 'Guangdong'),
      row('amount', '<=', '2500000.5', 'or'),
      row('productLine', '!=', '5G "SA"', 'and'),
    ];
    expect(parseConditionRows(printConditionRows(rows))).toEqual(rows);
  });

  it('reads what an expert wrote in another spelling, and writes it plainly', () => {
    expect(printConditionRows(parseConditionRows("1000000 <= amount && region == 'x'")!)).toBe(
      'amount >= 1000000 and region == "x"',
    );
    expect(
      printConditionRows(parseConditionRows('(amount > 1 and amount < 9) || region == "y"')!),
    ).toBe('amount > 1 and amount < 9 or region == "y"');
    expect(printConditionRows(parseConditionRows('amount > 1e6')!)).toBe('amount > 1000000');
  });

  it('has no rows for no condition', () => {
    expect(parseConditionRows('')).toEqual([]);
    expect(parseConditionRows('   ')).toEqual([]);
    expect(parseConditionRows(null)).toEqual([]);
    expect(printConditionRows([])).toBe('');
  });

  it.each([
    // An "or" inside an "and" needs parentheses rows cannot show.
    '(amount < 100 or amount > 1000) and region != "Beijing"',
    'region == "x" and (productLine == "5G" or productLine == "IoT")',
    // Not a comparison the API accepts.
    'amount >=',
    'budget > 5',
    'amount',
    'region > "A"',
    'amount >= "big"',
    'region == 5',
    'amount > -5',
    'amount + 1 > 5',
    'process.exit()',
    'amount > 1; region == "x"',
  ])('leaves text that does not fit in rows to the text form: %s', (text) => {
    expect(parseConditionRows(text)).toBeNull();
  });

  it('writes only complete rows: an amount needs a number', () => {
    const rows = [
      row('amount', '>=', ''),
      row('region', '==', 'x', 'or'),
      row('amount', '<', 'abc'),
    ];
    expect(rows.map(rowComplete)).toEqual([false, true, false]);
    expect(printConditionRows(rows)).toBe('region == "x"');
    expect(rowComplete(row('productLine', '==', ''))).toBe(true);
  });

  it('keeps the operator when the new variable allows it, else falls back to ==', () => {
    expect(withField(row('amount', '!=', '5'), 'region')).toEqual(row('region', '!=', ''));
    expect(withField(row('amount', '>=', '5'), 'productLine')).toEqual(
      row('productLine', '==', ''),
    );
    expect(withField(row('region', '==', 'x'), 'productLine')).toEqual(
      row('productLine', '==', 'x'),
    );
    expect(newConditionRow()).toEqual(row('amount', '>=', ''));
  });
});
