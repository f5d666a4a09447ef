import { errorText } from '../../providers/api-error';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import {
  Alert,
  Box,
  Card,
  CardContent,
  CircularProgress,
  List,
  ListItemButton,
  ListItemText,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { useApi } from '../../providers/api';
import type { PlanTaskFieldsFragment as PlanTask } from '../../gql/graphql';
import { PLAN_READINESS } from './work-plans.graphql';
import { scoreText } from './plan-score';
import { PlanReviewState } from './PlanReview';

function TaskLines({ title, tasks }: { title: string; tasks: PlanTask[] }) {
  const translate = useTranslate();
  if (tasks.length === 0) return null;
  return (
    <Box sx={{ mt: 2 }}>
      <Typography variant="subtitle2">{translate(title, { smart_count: tasks.length })}</Typography>
      <List dense disablePadding>
        {tasks.map((task) => (
          <ListItemButton key={task.id} component={Link} to={`/tasks/${task.id}/show`}>
            <ListItemText
              primary={task.title}
              secondary={
                task.assignee
                  ? `${task.assignee.name} · ${translate(`trident.task_statuses.${task.status}`)}`
                  : translate('trident.plan_readiness.nobody')
              }
            />
          </ListItemButton>
        ))}
      </List>
    </Box>
  );
}

/**
 * Seed 000: a work plan is complete only when every task has an assignee who confirmed it;
 * its score is execution × presentation (70 × 70 → 49).
 */
export function ReadinessPanel({ planId }: { planId: string }) {
  const translate = useTranslate();
  const api = useApi();
  const { data, isPending, error } = useQuery({
    queryKey: ['workPlans', 'readiness', planId],
    queryFn: () => api.query(PLAN_READINESS, { planId }).then((data) => data.planReadiness),
  });
  return (
    <Card variant="outlined" data-testid="plan-readiness">
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {translate('trident.plan_readiness.title')}
        </Typography>
        {isPending ? (
          <CircularProgress size={24} />
        ) : error ? (
          <Alert severity="error">{errorText(error)}</Alert>
        ) : !data ? (
          <Typography variant="body2">{translate('ra.notification.item_doesnt_exist')}</Typography>
        ) : (
          <>
            <Alert
              severity={data.complete ? 'success' : 'warning'}
              icon={data.complete ? <CheckCircleIcon /> : <WarningAmberIcon />}
            >
              {translate(
                data.complete
                  ? 'trident.plan_readiness.complete'
                  : data.unassigned.length + data.unacknowledged.length === 0
                    ? 'trident.plan_readiness.empty'
                    : 'trident.plan_readiness.incomplete',
                {
                  unassigned: data.unassigned.length,
                  unacknowledged: data.unacknowledged.length,
                },
              )}
            </Alert>
            <PlanReviewState planId={planId} readiness={data} />
            <Box sx={{ mt: 2 }}>
              <Typography variant="caption" sx={{ color: 'text.secondary' }}>
                {translate('trident.plan_readiness.score')}
              </Typography>
              <Typography variant="h4" data-testid="plan-score">
                {scoreText(data.execution, data.presentation, data.score)}
              </Typography>
              <Typography variant="caption" component="div" sx={{ color: 'text.secondary' }}>
                {translate(
                  data.presentation === null
                    ? 'trident.plan_readiness.presentation_missing'
                    : 'trident.plan_readiness.score_help',
                )}
              </Typography>
            </Box>
            <TaskLines title="trident.plan_readiness.unassigned" tasks={data.unassigned} />
            <TaskLines title="trident.plan_readiness.unacknowledged" tasks={data.unacknowledged} />
          </>
        )}
      </CardContent>
    </Card>
  );
}
