import BlockIcon from '@mui/icons-material/Block';
import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import {
  Alert,
  AlertTitle,
  Box,
  Chip,
  List,
  ListItemButton,
  ListItemIcon,
  ListItemText,
  Typography,
} from '@mui/material';
import { useGetList, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../formats/dates';
import { AutocompleteArrayInput } from '../../inputs/AutocompleteInput';
import type { TaskFieldsFragment as TaskRecord } from '../../gql/graphql';
import { blockerChoices } from './task-actions';

/**
 * "Blocked by": tasks of the same customer this one waits for (seed 000: tasks depend on
 * each other). The customer's tasks are read once and filtered here as one types; the API
 * refuses a loop (TASK_DEPENDENCY_CYCLE) and tasks of another customer.
 */
export function BlockedByInput({ accountId }: { accountId: string | undefined }) {
  const record = useRecordContext<{ id?: string }>();
  const translate = useTranslate();
  const chosen = (useWatch({ name: 'blockedByIds' }) as string[] | undefined) ?? [];
  const { data = [], isPending } = useGetList<{ id: string; title: string; status: string }>(
    'tasks',
    {
      filter: { accountId },
      pagination: { page: 1, perPage: 200 },
      sort: { field: 'due', order: 'ASC' },
    },
    { enabled: !!accountId },
  );
  const choices = blockerChoices(data, record?.id, chosen).map((t) => ({
    id: t.id,
    name: `${t.title} · ${translate(`trident.task_statuses.${t.status}`)}`,
  }));
  return (
    <AutocompleteArrayInput
      source="blockedByIds"
      label="trident.task_table.blocked_by"
      choices={choices}
      isPending={!!accountId && isPending}
      disabled={!accountId}
      helperText="trident.task_table.blocked_by_help"
      translateChoice={false}
      fullWidth
    />
  );
}

/** On the task form opened from a risk: which risk the task mitigates. */
export function RiskOfTaskNote() {
  const riskId = useWatch({ name: 'riskId' }) as string | undefined;
  // Opened from a risk, the form holds its title (riskTitle); an edited task reads its risk.
  const riskTitle = useWatch({ name: 'riskTitle' }) as string | undefined;
  const record = useRecordContext<{ risk?: { title: string } | null }>();
  const translate = useTranslate();
  if (!riskId) return null;
  const title = record?.risk?.title ?? riskTitle ?? '';
  return (
    <Alert severity="info" icon={<ReportProblemIcon />} sx={{ mb: 2 }} data-testid="task-risk">
      {translate('trident.task_table.mitigates', { title })}
    </Alert>
  );
}

/** What the task waits for, each opening its task; and the risk it mitigates. */
export function TaskDependencies() {
  const record = useRecordContext<TaskRecord>();
  const translate = useTranslate();
  if (!record || (record.blockedBy.length === 0 && !record.risk)) return null;
  return (
    <Box data-testid="task-dependencies">
      {record.risk && (
        <Box sx={{ mb: 1.5 }}>
          <Typography variant="caption" sx={{ color: 'text.secondary' }}>
            {translate('trident.task_table.risk')}
          </Typography>
          <Typography variant="body2">
            <Link to={`/accounts/${record.accountId}/war-room?risk=${record.risk.id}`}>
              {record.risk.title}
            </Link>
          </Typography>
        </Box>
      )}
      {record.blockedBy.length > 0 && (
        <>
          <Typography variant="caption" sx={{ color: 'text.secondary' }}>
            {translate('trident.task_table.blocked_by')}
          </Typography>
          <List dense disablePadding>
            {record.blockedBy.map((t) => {
              const open = t.status !== 'DONE' && t.status !== 'CANCELLED';
              return (
                <ListItemButton key={t.id} component={Link} to={`/tasks/${t.id}/show`}>
                  <ListItemIcon sx={{ minWidth: 32 }}>
                    <BlockIcon fontSize="small" color={open ? 'warning' : 'disabled'} />
                  </ListItemIcon>
                  <ListItemText primary={t.title} />
                  <Chip
                    size="small"
                    variant="outlined"
                    label={translate(`trident.task_statuses.${t.status}`)}
                  />
                </ListItemButton>
              );
            })}
          </List>
        </>
      )}
    </Box>
  );
}

/** Why the assignee is stuck and, once answered, what the leader said. */
export function StuckNotice() {
  const record = useRecordContext<TaskRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record || (!record.stuckReason && !record.stuckAnswer)) return null;
  const stuck = record.status === 'STUCK';
  return (
    <Alert
      severity={stuck ? 'warning' : 'info'}
      sx={{ mb: 2, '& .MuiAlert-message': { minWidth: 0 } }}
      data-testid="task-stuck"
    >
      <AlertTitle>
        {translate(stuck ? 'trident.task_table.stuck_title' : 'trident.task_table.was_stuck')}
        {record.stuckAt ? ` · ${formatDateTime(record.stuckAt, locale)}` : ''}
      </AlertTitle>
      {record.stuckReason && (
        <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          <strong>{translate('trident.task_table.stuck_reason')}:</strong> {record.stuckReason}
        </Typography>
      )}
      {record.stuckAnswer && (
        <Typography
          variant="body2"
          sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', mt: 0.5 }}
        >
          <strong>{translate('trident.task_table.answer')}:</strong> {record.stuckAnswer}
        </Typography>
      )}
    </Alert>
  );
}
