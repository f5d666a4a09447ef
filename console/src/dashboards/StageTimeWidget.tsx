import HourglassBottomIcon from '@mui/icons-material/HourglassBottom';
import {
  Box,
  Button,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { alpha } from '@mui/material/styles';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { stalledPath } from '../growth/stalled';
import { retryNetworkErrors, useApi } from '../providers/api';
import { stageName } from '../resources/funnel-stages/stage-name';
import { TEAM_LEADS, TIME_IN_STAGE } from './stage-time.graphql';
import {
  formatDays,
  slowestDays,
  stageTimeTable,
  teamKeys,
  waitShare,
  type StageGroupBy,
} from './stage-time-data';
import { WidgetCard } from './WidgetCard';

const key = (name: string) => `trident.growth.stage_time.${name}`;

/** The names of the team leads behind TEAM keys (a manager's id each). */
export function useTeamNames(keys: string[]) {
  const api = useApi();
  const { data } = useQuery({
    queryKey: ['growth', 'teamLeads', keys],
    enabled: keys.length > 0,
    retry: retryNetworkErrors,
    queryFn: () => api.query(TEAM_LEADS, { ids: keys }).then((d) => d.users.nodes),
  });
  return new Map((data ?? []).map((u) => [u.id, u.name]));
}

export function GroupByToggle({
  value,
  onChange,
  testId,
}: {
  value: StageGroupBy;
  onChange: (value: StageGroupBy) => void;
  testId: string;
}) {
  const translate = useTranslate();
  return (
    <ToggleButtonGroup
      size="small"
      exclusive
      value={value}
      onChange={(_, next: StageGroupBy | null) => next && onChange(next)}
      data-testid={testId}
    >
      {(['NONE', 'OWNER', 'TEAM'] as const).map((g) => (
        <ToggleButton key={g} value={g} data-testid={`${testId}-${g}`}>
          {translate(key(`by_${g.toLowerCase()}`))}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}

/**
 * Where deals wait (seed 001's funnel read as time): per stage, the median and 90th
 * percentile days of the stays that ended in the period, and the deals waiting there now,
 * for everyone, per owner or per team. The slowest stages are the darkest.
 */
export function StageTimeWidget({ period }: { period: string }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const api = useApi();
  const [groupBy, setGroupBy] = useState<StageGroupBy>('NONE');
  const { data, isPending, error } = useQuery({
    queryKey: ['growth', 'timeInStage', period, groupBy],
    retry: retryNetworkErrors,
    queryFn: () => api.query(TIME_IN_STAGE, { period, groupBy }).then((d) => d.timeInStage),
  });
  const teams = useTeamNames(groupBy === 'TEAM' && data ? teamKeys(data) : []);
  const { stages, lines } = stageTimeTable(data ?? [], teams, translate(key('all')));
  const slowest = slowestDays(data ?? []);
  const waiting = lines.reduce((sum, l) => sum + l.openDeals, 0);
  return (
    <WidgetCard
      title={key('title')}
      testId="stage-time-widget"
      action={<GroupByToggle value={groupBy} onChange={setGroupBy} testId="stage-time-group" />}
      isPending={isPending}
      error={error}
      empty={lines.length === 0}
      emptyText={key('empty')}
    >
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" data-testid="stage-time-table" sx={{ '& th': { fontWeight: 600 } }}>
          <TableHead>
            <TableRow>
              <TableCell>
                {translate(key(groupBy === 'NONE' ? 'group' : `by_${groupBy.toLowerCase()}`))}
              </TableCell>
              {stages.map((s) => (
                <TableCell key={s.id} align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {stageName(s, locale)}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {lines.map((line) => (
              <TableRow key={line.key} data-testid="stage-time-line">
                <TableCell sx={{ maxWidth: 180 }}>
                  <Typography variant="body2" noWrap title={line.label}>
                    {groupBy === 'TEAM' && line.key !== 'ALL'
                      ? translate(key('team_of'), { name: line.label })
                      : line.label}
                  </Typography>
                </TableCell>
                {stages.map((s) => {
                  const cell = line.cells.get(s.id);
                  const share = waitShare(cell, slowest);
                  return (
                    <TableCell
                      key={s.id}
                      align="right"
                      data-testid={`stage-time-cell-${s.id}`}
                      sx={(theme) => ({
                        whiteSpace: 'nowrap',
                        bgcolor: share
                          ? alpha(theme.palette.warning.main, 0.06 + share * 0.3)
                          : undefined,
                      })}
                    >
                      {cell ? (
                        <>
                          <Typography variant="body2" component="div">
                            {cell.completed
                              ? translate(key('median_p90'), {
                                  median: formatDays(cell.medianDays),
                                  p90: formatDays(cell.p90Days),
                                })
                              : translate(key('none_ended'))}
                          </Typography>
                          <Typography
                            variant="caption"
                            component="div"
                            sx={{ color: cell.openDeals ? 'text.primary' : 'text.secondary' }}
                          >
                            {cell.openDeals
                              ? translate(key('waiting'), {
                                  smart_count: cell.openDeals,
                                  days: formatDays(cell.openMedianDays),
                                })
                              : translate(key('none_waiting'))}
                          </Typography>
                        </>
                      ) : (
                        '—'
                      )}
                    </TableCell>
                  );
                })}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={1}
        sx={{ mt: 1, justifyContent: 'space-between', alignItems: { sm: 'center' } }}
      >
        <Typography variant="caption" sx={{ color: 'text.secondary' }}>
          {translate(key('caption'), { period, waiting })}
        </Typography>
        <Button
          component={Link}
          to={stalledPath()}
          size="small"
          startIcon={<HourglassBottomIcon />}
          data-testid="stalled-deals-link"
          sx={{ flexShrink: 0 }}
        >
          {translate(key('stalled_link'))}
        </Button>
      </Stack>
    </WidgetCard>
  );
}
