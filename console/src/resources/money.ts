/** Amounts as people read them; a hidden amount (null for SR/FR roles) reads as a dash. */
export interface MoneyValue {
  amount: string | number;
  currency?: string | null;
}

export const NO_VALUE = '—';

/**
 * Whole amounts read as whole numbers; an amount with cents shows them, so the parts of a
 * split (paid and still open) add up on screen to the whole they split.
 */
export function formatAmount(amount: string | number | null | undefined, locale?: string): string {
  if (amount === null || amount === undefined || amount === '') return NO_VALUE;
  const value = Number(amount);
  if (!Number.isFinite(value)) return NO_VALUE;
  const cents = Math.round(Math.abs(value) * 100) % 100 !== 0;
  return value.toLocaleString(locale, {
    minimumFractionDigits: cents ? 2 : 0,
    maximumFractionDigits: cents ? 2 : 0,
  });
}

export function formatMoney(value: MoneyValue | null | undefined, locale?: string): string {
  if (!value) return NO_VALUE;
  const amount = formatAmount(value.amount, locale);
  return amount === NO_VALUE || !value.currency ? amount : `${amount} ${value.currency}`;
}

/** Short amounts for charts and cards: 1.2M, 1.2亿. */
export function formatCompact(amount: string | number | null | undefined, locale?: string): string {
  if (amount === null || amount === undefined || amount === '') return NO_VALUE;
  const value = Number(amount);
  if (!Number.isFinite(value)) return NO_VALUE;
  return new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(
    value,
  );
}

export const formatPercent = (share: number | null | undefined): string =>
  share === null || share === undefined ? NO_VALUE : `${Math.round(share * 100)}%`;
