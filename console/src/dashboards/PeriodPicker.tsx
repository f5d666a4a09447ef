import { MenuItem, TextField } from '@mui/material';
import { useMemo } from 'react';
import { useTranslate } from 'react-admin';
import { periodChoices } from './dashboard-widgets';

/** The dashboard's period choice (this year, quarter, month, last year) for a page of its own. */
export function PeriodPicker({
  value,
  onChange,
  testId,
}: {
  value: string;
  onChange: (period: string) => void;
  testId?: string;
}) {
  const translate = useTranslate();
  const periods = useMemo(() => periodChoices(new Date()), []);
  // A period from a link that is not among the choices still shows as chosen.
  const choices = periods.includes(value) ? periods : [value, ...periods];
  return (
    <TextField
      select
      size="small"
      label={translate('trident.dashboard.period')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      sx={{ width: 160, flexShrink: 0 }}
      slotProps={{ select: { SelectDisplayProps: { 'data-testid': testId } as object } }}
    >
      {choices.map((p) => (
        <MenuItem key={p} value={p}>
          {p}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** This year: the default period of a page. */
export const currentYear = () => String(new Date().getFullYear());
