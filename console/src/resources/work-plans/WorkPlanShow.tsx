import AddIcon from '@mui/icons-material/Add';
import {
  Box,
  Card,
  CardContent,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Link } from 'react-router-dom';
import {
  Button,
  EditButton,
  Show,
  TopToolbar,
  useCanAccess,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { formatDue } from '../tasks/TaskActions';
import { TaskStatusChip } from '../tasks/TaskStatusChip';
import { ReadinessPanel } from './ReadinessPanel';
import type { WorkPlanFieldsFragment } from '../../gql/graphql';

type PlanRecord = WorkPlanFieldsFragment;

function AddTaskButton() {
  const record = useRecordContext<PlanRecord>();
  const { canAccess } = useCanAccess({ resource: 'tasks', action: 'create' });
  if (!record || !canAccess) return null;
  return (
    <Button
      component={Link}
      to="/tasks/create"
      state={{
        record: {
          accountId: record.accountId,
          opportunityId: record.opportunityId,
          planId: record.id,
        },
      }}
      label="trident.plan_readiness.add_task"
    >
      <AddIcon />
    </Button>
  );
}

function PlanTasks() {
  const record = useRecordContext<PlanRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {translate('resources.workPlans.fields.tasks')}
        </Typography>
        {record.tasks.length === 0 ? (
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            {translate('trident.plan_readiness.no_tasks')}
          </Typography>
        ) : (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.tasks.fields.title')}</TableCell>
                <TableCell>{translate('resources.tasks.fields.assigneeId')}</TableCell>
                <TableCell>{translate('resources.tasks.fields.status')}</TableCell>
                <TableCell>{translate('resources.tasks.fields.due')}</TableCell>
                <TableCell align="right">
                  {translate('resources.tasks.fields.reviewScore')}
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {record.tasks.map((task) => (
                <TableRow key={task.id} hover>
                  <TableCell>
                    <Link to={`/tasks/${task.id}/show`}>{task.title}</Link>
                  </TableCell>
                  <TableCell>{task.assignee?.name ?? '—'}</TableCell>
                  <TableCell>
                    <TaskStatusChip status={task.status} overdue={task.overdue} />
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDue(task.due, locale)}</TableCell>
                  <TableCell align="right">{task.reviewScore ?? '—'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}

function PlanHeader() {
  const record = useRecordContext<PlanRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box sx={{ mb: 2 }}>
      <Typography variant="h5">{record.name}</Typography>
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        {record.account?.name}
        {record.opportunityId && (
          <>
            {' · '}
            <Link to={`/opportunities/${record.opportunityId}/show`}>
              {translate('trident.plan_readiness.open_deal')}
            </Link>
          </>
        )}
      </Typography>
    </Box>
  );
}

function PlanReadiness() {
  const record = useRecordContext<PlanRecord>();
  return record ? <ReadinessPanel planId={record.id} /> : null;
}

export function WorkPlanShow() {
  return (
    <Show
      actions={
        <TopToolbar>
          <AddTaskButton />
          <EditButton />
        </TopToolbar>
      }
    >
      <Box sx={{ p: 2 }}>
        <PlanHeader />
        <Box
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: '1fr', lg: '2fr 1fr' },
            gap: 2,
            alignItems: 'start',
          }}
        >
          <PlanTasks />
          <PlanReadiness />
        </Box>
      </Box>
    </Show>
  );
}
