import { Chip, type ChipProps } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

const COLORS: Record<string, ChipProps['color']> = {
  PROPOSED: 'default',
  ACKNOWLEDGED: 'info',
  IN_PROGRESS: 'primary',
  SUBMITTED: 'warning',
  REWORK: 'error',
  DONE: 'success',
  CANCELLED: 'default',
};

/** Seed 000: stuck asks the leader at once — a colour of its own, apart from every other. */
const STUCK_SX = { bgcolor: '#6a1b9a', color: '#fff' } as const;

/** A task's status as a coloured chip; late open tasks and those waiting on others say so. */
export function TaskStatusChip({
  status: given,
  overdue: givenOverdue,
}: {
  status?: string;
  overdue?: boolean;
  label?: string;
}) {
  const record = useRecordContext<{ status: string; overdue?: boolean; blocked?: boolean }>();
  const translate = useTranslate();
  const status = given ?? record?.status;
  const overdue = givenOverdue ?? record?.overdue;
  if (!status) return null;
  return (
    // The chips wrap under each other in a narrow column, leaving the width to the title.
    <span style={{ display: 'inline-flex', flexWrap: 'wrap', gap: 4 }}>
      <Chip
        size="small"
        color={COLORS[status] ?? 'default'}
        variant={status === 'CANCELLED' ? 'outlined' : 'filled'}
        label={translate(`trident.task_statuses.${status}`)}
        sx={status === 'STUCK' ? STUCK_SX : undefined}
      />
      {record?.blocked && !given && (
        <Chip
          size="small"
          color="warning"
          variant="outlined"
          label={translate('trident.task_table.blocked')}
          data-testid="task-blocked"
        />
      )}
      {overdue && (
        <Chip
          size="small"
          color="error"
          variant="outlined"
          label={translate('trident.task.overdue')}
        />
      )}
    </span>
  );
}
