import { useBusinessDay } from '../formats/business-day';
import {
  Box,
  Button,
  Chip,
  LinearProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { WidgetCard } from '../dashboards/WidgetCard';
import { formatAmount, formatMoney } from '../resources/money';
import { retryNetworkErrors, useApi } from '../providers/api';
import { WAR_ROOM_PLANS } from './war-room.graphql';
import {
  orderedPlanMilestones,
  pickLatestPlan,
  planMilestoneState,
  type MilestoneState,
} from './war-room-logic';
import { DateText } from '../formats/DateText';

const STATE_COLORS: Record<MilestoneState, 'success' | 'error' | 'default'> = {
  done: 'success',
  overdue: 'error',
  open: 'default',
};

/** The latest account plan: target, risk margin and its milestones. */
export function PlanSection({ accountId }: { accountId: string }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const api = useApi();
  const { data, isPending, error } = useQuery({
    queryKey: ['warRoom', 'plans', accountId],
    retry: retryNetworkErrors,
    queryFn: () => api.query(WAR_ROOM_PLANS, { accountId }).then((data) => data.accountPlans.nodes),
  });
  const now = useMemo(() => new Date(), []);
  const today = useBusinessDay();
  const plan = data ? pickLatestPlan(data, now) : null;
  const milestones = plan ? orderedPlanMilestones(plan.milestones) : [];
  const done = milestones.filter((m) => m.done).length;
  const field = (name: string) => `resources.accountPlans.fields.${name}`;
  return (
    <WidgetCard
      title="trident.war_room.plan"
      testId="war-room-plan"
      isPending={isPending}
      error={error}
      empty={!plan}
      emptyText="trident.war_room.no_plan"
      action={
        plan ? (
          <Button component={Link} to={`/accountPlans/${plan.id}/show`} size="small">
            {translate('trident.war_room.open_plan')}
          </Button>
        ) : undefined
      }
    >
      {plan && (
        <>
          <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1, alignItems: 'center', mb: 1 }}>
            <Chip size="small" color="primary" label={plan.period} />
            <Typography variant="body2">
              {translate(field('target'))}: <strong>{formatMoney(plan.target, locale)}</strong>
            </Typography>
            <Typography variant="body2" data-testid="war-room-risk-margin">
              {translate('trident.war_room.risk_margin', { margin: plan.riskMargin })}
            </Typography>
            {plan.relationshipStage && (
              <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                {translate(`trident.lifecycle_stages.${plan.relationshipStage}`)}
              </Typography>
            )}
            {data && data.length > 1 && (
              <Typography variant="caption" sx={{ color: 'text.secondary' }}>
                {translate('trident.war_room.plans_count', { count: data.length })}
              </Typography>
            )}
          </Stack>
          {plan.strategy && (
            <Typography
              variant="body2"
              sx={{
                color: 'text.secondary',
                mb: 1,
                display: '-webkit-box',
                WebkitLineClamp: 3,
                WebkitBoxOrient: 'vertical',
                overflow: 'hidden',
              }}
              title={plan.strategy}
            >
              {plan.strategy}
            </Typography>
          )}
          {milestones.length === 0 ? (
            <Typography variant="body2" sx={{ color: 'text.secondary' }}>
              {translate('trident.war_room.no_milestones')}
            </Typography>
          ) : (
            <>
              <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 0.5 }}>
                <LinearProgress
                  variant="determinate"
                  value={(done / milestones.length) * 100}
                  sx={{ flexGrow: 1, height: 6, borderRadius: 3 }}
                />
                <Typography variant="caption" sx={{ whiteSpace: 'nowrap' }}>
                  {translate('trident.war_room.milestones_done', {
                    done,
                    total: milestones.length,
                  })}
                </Typography>
              </Box>
              <Box sx={{ overflowX: 'auto' }}>
                <Table
                  size="small"
                  sx={{ '& td, & th': { px: 1 }, '& th': { whiteSpace: 'nowrap' } }}
                >
                  <TableHead>
                    <TableRow>
                      <TableCell>{translate(field('milestones.task'))}</TableCell>
                      <TableCell>{translate(field('milestones.ownerId'))}</TableCell>
                      <TableCell>{translate(field('milestones.due'))}</TableCell>
                      <TableCell>{translate('trident.milestone.status')}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {milestones.map((m) => {
                      const state = planMilestoneState(m, today);
                      return (
                        <TableRow key={m.id} data-testid={`plan-milestone-${state}`}>
                          <TableCell sx={{ minWidth: 140 }}>
                            {m.task}
                            {m.floorTarget !== null && (
                              <Typography
                                variant="caption"
                                component="div"
                                sx={{ color: 'text.secondary' }}
                              >
                                {translate(field('milestones.floorTarget'))}:{' '}
                                {formatAmount(m.floorTarget, locale)}
                              </Typography>
                            )}
                          </TableCell>
                          <TableCell sx={{ whiteSpace: 'nowrap' }}>
                            {m.owner?.name ?? '—'}
                          </TableCell>
                          <TableCell sx={{ whiteSpace: 'nowrap' }}>
                            <DateText value={m.due} />
                          </TableCell>
                          <TableCell>
                            <Chip
                              size="small"
                              color={STATE_COLORS[state]}
                              variant={state === 'open' ? 'outlined' : 'filled'}
                              label={translate(`trident.war_room.milestone_states.${state}`)}
                            />
                          </TableCell>
                        </TableRow>
                      );
                    })}
                  </TableBody>
                </Table>
              </Box>
            </>
          )}
        </>
      )}
    </WidgetCard>
  );
}
