import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';

const COLORS: Record<string, 'default' | 'info' | 'warning' | 'success' | 'error'> = {
  PLANNED: 'default',
  INVOICED: 'info',
  PARTIALLY_PAID: 'warning',
  PAID: 'success',
  OVERDUE: 'error',
};

/** A milestone's status; OVERDUE (unpaid past due) reads red. */
export function MilestoneStatusChip({ status }: { status: string }) {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={COLORS[status] ?? 'default'}
      variant={status === 'PLANNED' ? 'outlined' : 'filled'}
      label={translate(`trident.milestone_statuses.${status}`)}
      data-testid={`status-${status}`}
    />
  );
}
