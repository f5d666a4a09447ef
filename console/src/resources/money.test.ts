import { describe, expect, it } from 'vitest';
import { formatAmount, formatMoney, NO_VALUE } from './money';

describe('formatAmount', () => {
  it('reads whole amounts without decimals and shows cents when there are some', () => {
    expect(formatAmount('1520610.00', 'en-US')).toBe('1,520,610');
    expect(formatAmount('633587.50', 'en-US')).toBe('633,587.50');
    expect(formatAmount('0.05', 'en-US')).toBe('0.05');
    expect(formatAmount(-12.3, 'en-US')).toBe('-12.30');
  });

  it('shows a split whose parts add up to the whole on screen', () => {
    const whole = 1267175;
    const paid = 633587.5;
    const open = whole - paid;
    const read = (text: string) => Number(text.replace(/,/g, ''));
    expect(read(formatAmount(paid, 'en-US')) + read(formatAmount(open, 'en-US'))).toBe(whole);
  });

  it('reads a hidden or unreadable amount as a dash', () => {
    expect(formatAmount(null)).toBe(NO_VALUE);
    expect(formatAmount('')).toBe(NO_VALUE);
    expect(formatAmount('abc')).toBe(NO_VALUE);
    expect(formatMoney({ amount: '12.5', currency: 'CNY' }, 'en-US')).toBe('12.50 CNY');
  });
});
