import { Typography } from '@mui/material';
import { useLocaleState, useRecordContext } from 'react-admin';
import { formatMoney, type MoneyValue } from './money';

const at = (record: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>((value, key) => (value as Record<string, unknown>)?.[key], record);

/** A Money field; amounts hidden from the caller's role show as a dash. */
export function MoneyField({
  source,
  currencySource,
}: {
  source: string;
  label?: string;
  sortable?: boolean;
  sortBy?: string;
  textAlign?: 'left' | 'right';
  /** For plain decimals: where the record keeps their currency. */
  currencySource?: string;
}) {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  const value = at(record, source);
  const money: MoneyValue | null =
    value === null || value === undefined
      ? null
      : typeof value === 'object'
        ? (value as MoneyValue)
        : {
            amount: value as string,
            currency: currencySource ? (at(record, currencySource) as string) : null,
          };
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {formatMoney(money, locale)}
    </Typography>
  );
}
