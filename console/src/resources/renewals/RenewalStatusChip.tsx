import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';

const COLORS: Record<string, 'info' | 'success' | 'default'> = {
  OPEN: 'info',
  SIGNED: 'success',
  LOST: 'default',
};

/** A renewal's status: open (still to win), signed, or lost. */
export function RenewalStatusChip({ status }: { status: string }) {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={COLORS[status] ?? 'default'}
      variant={status === 'OPEN' ? 'outlined' : 'filled'}
      label={translate(`trident.renewal_statuses.${status}`)}
      data-testid={`renewal-status-${status}`}
    />
  );
}
