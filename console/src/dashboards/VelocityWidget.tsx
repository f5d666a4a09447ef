import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { retryNetworkErrors, useApi } from '../providers/api';
import { formatCompact, formatPercent } from '../resources/money';
import { DEAL_VELOCITY } from './stage-time.graphql';
import { formatDays, teamKeys, velocityOrder, type StageGroupBy } from './stage-time-data';
import { GroupByToggle, useTeamNames } from './StageTimeWidget';
import { WidgetCard } from './WidgetCard';

const key = (name: string) => `trident.growth.velocity.${name}`;

/**
 * Sales velocity per owner (or team): open deals × win rate × average won ÷ median cycle, in
 * money per day — which of the four levers holds a person back.
 */
export function VelocityWidget({ period }: { period: string }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const api = useApi();
  const [groupBy, setGroupBy] = useState<StageGroupBy>('OWNER');
  const { data, isPending, error } = useQuery({
    queryKey: ['growth', 'velocity', period, groupBy],
    retry: retryNetworkErrors,
    queryFn: () => api.query(DEAL_VELOCITY, { period, groupBy }).then((d) => d.dealVelocity),
  });
  const teams = useTeamNames(groupBy === 'TEAM' && data ? teamKeys(data) : []);
  const teamName = (id: string) => teams.get(id) ?? id.slice(0, 8);
  const rows = velocityOrder(data ?? []);
  const label = (row: (typeof rows)[number]) =>
    row.key === 'ALL'
      ? translate('trident.growth.stage_time.all')
      : groupBy === 'TEAM'
        ? translate('trident.growth.stage_time.team_of', { name: teamName(row.key) })
        : (row.owner?.name ?? row.key.slice(0, 8));
  const num = { whiteSpace: 'nowrap' } as const;
  return (
    <WidgetCard
      title={key('title')}
      testId="velocity-widget"
      action={<GroupByToggle value={groupBy} onChange={setGroupBy} testId="velocity-group" />}
      isPending={isPending}
      error={error}
      empty={rows.length === 0}
      emptyText={key('empty')}
    >
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" data-testid="velocity-table" sx={{ '& th': { fontWeight: 600 } }}>
          <TableHead>
            <TableRow>
              <TableCell>
                {translate(
                  `trident.growth.stage_time.${groupBy === 'NONE' ? 'group' : `by_${groupBy.toLowerCase()}`}`,
                )}
              </TableCell>
              <TableCell align="right">{translate(key('open'))}</TableCell>
              <TableCell align="right">{translate(key('won'))}</TableCell>
              <TableCell align="right">{translate(key('lost'))}</TableCell>
              <TableCell align="right">{translate(key('win_rate'))}</TableCell>
              <TableCell align="right">{translate(key('average_won'))}</TableCell>
              <TableCell align="right">{translate(key('cycle'))}</TableCell>
              <TableCell align="right">{translate(key('per_day'))}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.key} data-testid="velocity-line">
                <TableCell sx={{ maxWidth: 180 }}>
                  <Typography variant="body2" noWrap title={label(row)}>
                    {label(row)}
                  </Typography>
                </TableCell>
                <TableCell align="right">{row.openDeals}</TableCell>
                <TableCell align="right">{row.won}</TableCell>
                <TableCell align="right">{row.lost}</TableCell>
                <TableCell align="right">{formatPercent(row.winRate)}</TableCell>
                <TableCell align="right" sx={num}>
                  {formatCompact(row.averageWon, locale)}
                </TableCell>
                <TableCell align="right">{formatDays(row.cycleDays)}</TableCell>
                <TableCell align="right" sx={{ ...num, fontWeight: 600 }}>
                  {formatCompact(row.perDay, locale)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
      <Typography variant="caption" component="div" sx={{ color: 'text.secondary', mt: 1 }}>
        {translate(key('caption'), { period, currency: rows[0]?.currency ?? 'CNY' })}
      </Typography>
    </WidgetCard>
  );
}
