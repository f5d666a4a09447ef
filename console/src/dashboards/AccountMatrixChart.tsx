import { Box, Paper, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router-dom';
import { listUrl } from '../resources/list-url';
import { useLocaleState, useTranslate } from 'react-admin';
import {
  CartesianGrid,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { AccountMatrixQuery } from '../gql/graphql';
import { useApi } from '../providers/api';
import { ACCOUNT_MATRIX } from './widgets.graphql';
import { formatCompact } from '../resources/money';
import { MATRIX_SPLIT, matrixPoints, type MatrixPoint } from './chart-data';
import { WidgetCard } from './WidgetCard';

export const QUADRANT_COLORS: Record<string, string> = {
  CORE: '#2e7d32',
  GROWTH: '#1565c0',
  TRACTION: '#ef6c00',
  PROBLEM: '#c62828',
};

/** The grid layout of seed 002: high potential on top, strong relationship on the right. */
const GRID = [
  ['GROWTH', 'CORE'],
  ['PROBLEM', 'TRACTION'],
];

/** Counts per quadrant, for every role (and the whole chart when amounts are hidden). */
function QuadrantGrid({ matrix }: { matrix: AccountMatrixQuery['accountMatrix'] }) {
  const translate = useTranslate();
  const cell = (q: string) => matrix.cells.find((c) => c.quadrant === q);
  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: 'auto minmax(0, 1fr) minmax(0, 1fr)',
        gap: 1,
        alignItems: 'stretch',
      }}
    >
      {GRID.map((row, r) => [
        <Typography
          key={`label-${r}`}
          variant="caption"
          sx={{ color: 'text.secondary', alignSelf: 'center', writingMode: 'vertical-rl' }}
        >
          {translate(r === 0 ? 'trident.widgets.high_potential' : 'trident.widgets.low_potential')}
        </Typography>,
        ...row.map((q) => (
          <Paper
            key={q}
            variant="outlined"
            sx={{ p: 1, borderLeft: 4, borderLeftColor: QUADRANT_COLORS[q] }}
          >
            <Typography variant="subtitle2">
              <Link to={listUrl('accounts', { quadrant: q })} data-testid={`matrix-quadrant-${q}`}>
                {translate(`trident.quadrants.${q}`)}: {cell(q)?.count ?? 0}
              </Link>
            </Typography>
            <Typography variant="caption" sx={{ color: 'text.secondary' }} component="div" noWrap>
              {(cell(q)?.accounts ?? [])
                .slice(0, 3)
                .map((a) => a.name)
                .join(' · ') || '—'}
            </Typography>
          </Paper>
        )),
      ])}
      <Box />
      <Typography variant="caption" sx={{ color: 'text.secondary', textAlign: 'center' }}>
        {translate('trident.widgets.weak_relationship')}
      </Typography>
      <Typography variant="caption" sx={{ color: 'text.secondary', textAlign: 'center' }}>
        {translate('trident.widgets.strong_relationship')}
      </Typography>
    </Box>
  );
}

function PointTooltip({
  active,
  payload,
}: {
  active?: boolean;
  payload?: { payload: MatrixPoint }[];
}) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const point = payload?.[0]?.payload;
  if (!active || !point) return null;
  return (
    <Paper sx={{ p: 1 }}>
      <Typography variant="subtitle2">{point.name}</Typography>
      <Typography variant="caption" component="div">
        {translate('resources.accounts.fields.potential')}: {formatCompact(point.potential, locale)}
      </Typography>
      <Typography variant="caption" component="div">
        {translate('resources.accounts.fields.relationshipLevel')}: {point.level}
      </Typography>
    </Paper>
  );
}

/** Seed 002's customer matrix: potential × relationship, one dot per account. */
export function AccountMatrixChart() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const navigate = useNavigate();
  const api = useApi();
  const { data, isPending, error } = useQuery({
    queryKey: ['accountMatrix'],
    queryFn: () => api.query(ACCOUNT_MATRIX).then((data) => data.accountMatrix),
  });
  const points = data ? matrixPoints(data) : [];
  const total = data ? data.cells.reduce((sum, c) => sum + c.count, 0) + data.unclassified : 0;
  return (
    <WidgetCard
      title="trident.widgets.matrix"
      testId="matrix-widget"
      isPending={isPending}
      error={error}
      empty={total === 0}
      emptyText="trident.widgets.matrix_empty"
    >
      {points.length > 0 && (
        <Box sx={{ width: '100%', height: 300 }} data-testid="matrix-chart">
          <ResponsiveContainer>
            <ScatterChart margin={{ top: 10, right: 20, bottom: 20, left: 10 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis
                type="number"
                dataKey="x"
                domain={[0.5, 5.5]}
                ticks={[1, 2, 3, 4, 5]}
                name={translate('resources.accounts.fields.relationshipLevel')}
                label={{
                  value: translate('resources.accounts.fields.relationshipLevel'),
                  position: 'insideBottom',
                  offset: -10,
                }}
              />
              <YAxis
                type="number"
                dataKey="potential"
                scale="log"
                domain={['auto', 'auto']}
                tickFormatter={(v: number) => formatCompact(v, locale)}
                name={translate('resources.accounts.fields.potential')}
                width={70}
              />
              <ReferenceLine x={MATRIX_SPLIT.relationship} stroke="#9e9e9e" strokeDasharray="6 3" />
              <ReferenceLine y={MATRIX_SPLIT.potential} stroke="#9e9e9e" strokeDasharray="6 3" />
              <Tooltip content={<PointTooltip />} isAnimationActive={false} />
              {/* No fixed height: on a phone the legend wraps to two lines. */}
              <Legend verticalAlign="top" />
              {Object.entries(QUADRANT_COLORS).map(([quadrant, color]) => (
                <Scatter
                  key={quadrant}
                  name={`${translate(`trident.quadrants.${quadrant}`)} (${data?.cells.find((c) => c.quadrant === quadrant)?.count ?? 0})`}
                  data={points.filter((p) => p.quadrant === quadrant)}
                  fill={color}
                  isAnimationActive={false}
                  cursor="pointer"
                  onClick={(point: { payload?: MatrixPoint }) =>
                    point.payload && navigate(`/accounts/${point.payload.id}/show`)
                  }
                />
              ))}
            </ScatterChart>
          </ResponsiveContainer>
        </Box>
      )}
      {data && (points.length === 0 ? <QuadrantGrid matrix={data} /> : null)}
      <Stack direction="row" spacing={2} sx={{ mt: 1 }}>
        {data && data.unclassified > 0 && (
          <Typography variant="caption" sx={{ color: 'text.secondary' }}>
            {translate('trident.widgets.unclassified', { count: data.unclassified })}
          </Typography>
        )}
        {points.length === 0 && data && (
          <Typography variant="caption" sx={{ color: 'text.secondary' }}>
            {translate('trident.widgets.matrix_hidden')}
          </Typography>
        )}
      </Stack>
    </WidgetCard>
  );
}
