/** Amounts as people read them; a hidden amount (null for SR/FR roles) reads as a dash. */
export interface MoneyValue {
  amount: string | number;
  currency?: string | null;
}

export const NO_VALUE = '—';

export function formatAmount(amount: string | number | null | undefined, locale?: string): string {
  if (amount === null || amount === undefined || amount === '') return NO_VALUE;
  const value = Number(amount);
  if (!Number.isFinite(value)) return NO_VALUE;
  return value.toLocaleString(locale, { maximumFractionDigits: 0 });
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
