import { Typography } from '@mui/material';
import { useLocaleState, useRecordContext } from 'react-admin';
import { formatDate, formatDateTime } from './dates';

interface DateFieldProps {
  source: string;
  /** Read by the Datagrid for its header and sorting. */
  label?: string;
  sortable?: boolean;
  showTime?: boolean;
  emptyText?: string;
}

/** react-admin's DateField in the console's one format per language (see dates.ts). */
export function DateField({ source, showTime, emptyText = '' }: DateFieldProps) {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  const value = source
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | null)?.[key], record) as
    string | number | Date | null | undefined;
  const text =
    value === null || value === undefined || value === ''
      ? emptyText
      : showTime
        ? formatDateTime(value, locale)
        : formatDate(value, locale);
  return (
    // A date reads as one piece: a narrow column wraps the text beside it, never the date.
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {text}
    </Typography>
  );
}
