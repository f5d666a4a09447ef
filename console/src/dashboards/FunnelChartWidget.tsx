import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useLocaleState, useTranslate } from 'react-admin';
import { Link, useNavigate } from 'react-router-dom';
import { Funnel, FunnelChart, LabelList, ResponsiveContainer, Tooltip } from 'recharts';
import { useApi } from '../providers/api';
import { FUNNEL } from './widgets.graphql';
import { stageName } from '../resources/funnel-stages/stage-name';
import { formatCompact, formatPercent } from '../resources/money';
import { funnelRows, funnelStageUrl } from './chart-data';
import { WidgetCard } from './WidgetCard';

/** The stage and its count beside the trapezoid, on one line. */
function SideLabel(props: {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  value?: unknown;
}) {
  const x = Number(props.x ?? 0) + Number(props.width ?? 0) + 8;
  const y = Number(props.y ?? 0) + Number(props.height ?? 0) / 2;
  return (
    <text x={x} y={y} dominantBaseline="middle" fontSize={12} fill="#333">
      {String(props.value ?? '')}
    </text>
  );
}

const COLORS = ['#90caf9', '#64b5f6', '#42a5f5', '#1e88e5', '#2e7d32', '#1565c0', '#0d47a1'];

/**
 * Seed 001's funnel: how many deals reached each stage, their amounts, and who moved on. A
 * stage (its band or its row) opens the deals of the period now in it.
 */
export function FunnelChartWidget({ period }: { period: string }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const api = useApi();
  const navigate = useNavigate();
  const { data, isPending, error } = useQuery({
    queryKey: ['funnel', period],
    queryFn: () => api.query(FUNNEL, { filter: { period } }).then((data) => data.funnel),
  });
  const { rows, lost } = data ? funnelRows(data) : { rows: [], lost: 0 };
  const dealsIn = (stageId: string) => funnelStageUrl(stageId, period, data?.currency ?? 'CNY');
  const chart = rows.map((row, i) => ({
    stageId: row.stageId,
    name: stageName(row.stage, locale),
    value: row.reached,
    label: `${stageName(row.stage, locale)} · ${row.reached}`,
    fill: row.code === 'WON' || i === rows.length - 1 ? '#2e7d32' : COLORS[i % COLORS.length],
  }));
  return (
    <WidgetCard
      title="trident.widgets.funnel"
      testId="funnel-widget"
      isPending={isPending}
      error={error}
      empty={!data || data.totalDeals === 0}
      emptyText="trident.widgets.funnel_empty"
    >
      <Box data-testid="funnel-chart" sx={{ width: '100%', height: 220 }}>
        <ResponsiveContainer>
          <FunnelChart margin={{ top: 5, right: 190, bottom: 5, left: 5 }}>
            <Tooltip
              formatter={(value) => [value, translate('trident.widgets.reached')]}
              isAnimationActive={false}
            />
            <Funnel
              dataKey="value"
              data={chart}
              isAnimationActive={false}
              cursor="pointer"
              onClick={(entry: { payload?: { stageId?: string }; stageId?: string }) => {
                const stageId = entry.payload?.stageId ?? entry.stageId;
                if (stageId) navigate(dealsIn(stageId));
              }}
            >
              <LabelList dataKey="label" content={SideLabel} />
            </Funnel>
          </FunnelChart>
        </ResponsiveContainer>
      </Box>
      <Table
        size="small"
        // Figures never wrap, and the stage keeps room for a name (else a half-width card
        // squeezes "潜在客户" to two characters a line).
        sx={{
          '& td:not(:first-of-type)': { whiteSpace: 'nowrap' },
          // A header wraps between words, never inside one (到达数 stays whole; "Weighted
          // amount" may take two lines); the last, longest one wraps where it must.
          '& th:not(:last-of-type)': { wordBreak: 'keep-all' },
          '& td:first-of-type': { minWidth: '7em' },
          '& .MuiTableCell-root': { px: 1 },
        }}
      >
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.opportunities.fields.stage')}</TableCell>
            <TableCell align="right">{translate('trident.widgets.reached')}</TableCell>
            <TableCell align="right">{translate('trident.widgets.now_in_stage')}</TableCell>
            <TableCell align="right">
              {translate('resources.opportunities.fields.amount')}
            </TableCell>
            <TableCell align="right">
              {translate('resources.opportunities.fields.weightedAmount')}
            </TableCell>
            <TableCell align="right">{translate('trident.widgets.to_next')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.stageId}>
              <TableCell>
                <Link to={dealsIn(row.stageId)} data-testid={`funnel-stage-${row.code}`}>
                  {stageName(row.stage, locale)}
                </Link>
              </TableCell>
              <TableCell align="right">{row.reached}</TableCell>
              <TableCell align="right" data-testid={`funnel-now-${row.code}`}>
                {row.currentCount}
              </TableCell>
              <TableCell align="right">{formatCompact(row.amount, locale)}</TableCell>
              <TableCell align="right">{formatCompact(row.weightedAmount, locale)}</TableCell>
              <TableCell align="right">{formatPercent(row.conversionToNext)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Typography variant="caption" component="div" sx={{ color: 'text.secondary', mt: 1 }}>
        {translate('trident.widgets.funnel_caption', {
          deals: data?.totalDeals ?? 0,
          lost,
          open: formatCompact(data?.openAmount ?? null, locale),
          weighted: formatCompact(data?.weightedOpenAmount ?? null, locale),
          currency: data?.currency ?? '',
        })}
      </Typography>
    </WidgetCard>
  );
}
