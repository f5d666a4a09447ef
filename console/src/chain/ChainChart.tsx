import { Box, Paper, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import {
  chainChartDomain,
  chainChartRows,
  fitLabel,
  formatDay,
  TONE_COLORS,
  type ChainChartRow,
  type ChainRun,
} from './chain-chart';

const EXPECTED = '#b0bec5';
const EXPECTED_LATE = '#ef9a9a';
const ROW_HEIGHT = 40;
const LABEL_WIDTH = 210;

function StepTick({
  x,
  y,
  payload,
  rows,
}: {
  x?: number | string;
  y?: number | string;
  payload?: { value: string };
  rows: readonly ChainChartRow[];
}) {
  const row = rows.find((r) => r.label === payload?.value);
  return (
    <text
      x={Number(x)}
      y={Number(y)}
      dy={4}
      textAnchor="end"
      fontSize={12}
      fontWeight={row?.current ? 700 : 400}
      fill={row?.late ? TONE_COLORS.late : row?.tone === 'skipped' ? '#9e9e9e' : '#37474f'}
      textDecoration={row?.tone === 'skipped' ? 'line-through' : undefined}
    >
      {row?.current ? '▶ ' : ''}
      {fitLabel(payload?.value ?? '', LABEL_WIDTH - (row?.current ? 24 : 12))}
    </text>
  );
}

function StepTooltip({
  active,
  payload,
}: {
  active?: boolean;
  payload?: readonly { payload?: ChainChartRow }[];
}) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  const range = (r: [number, number] | null) =>
    r ? `${formatDay(r[0], locale)} – ${formatDay(r[1], locale)}` : '—';
  return (
    <Paper sx={{ p: 1, maxWidth: 320 }} elevation={3}>
      <Typography variant="subtitle2">{row.label}</Typography>
      <Typography variant="caption" component="div">
        {translate('trident.chain.expected')}: {range(row.expected)}
      </Typography>
      <Typography variant="caption" component="div">
        {translate('trident.chain.observed')}: {range(row.observed)}
      </Typography>
      <Typography variant="caption" component="div" sx={{ color: TONE_COLORS[row.tone] }}>
        {translate(`trident.chain.tones.${row.tone}`)}
      </Typography>
    </Paper>
  );
}

/**
 * One run as a timeline: per step the expected bar (grey, pink when late) against the
 * observed one (from review to passed, or to today while open), late steps in red, the
 * current step highlighted, a line for today and, on a deal, one for its expected close.
 */
export function ChainChart({
  run,
  expectedClose,
  now = new Date(),
}: {
  run: Pick<ChainRun, 'steps' | 'currentStep' | 'forecastFinish'>;
  expectedClose?: string | null;
  now?: Date;
}) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const rows = chainChartRows(run.steps, run.currentStep?.id, now);
  const domain = chainChartDomain(rows, now, [run.forecastFinish, expectedClose]);
  const current = rows.find((row) => row.current);
  const closeAt = expectedClose ? new Date(`${expectedClose}T00:00:00`).getTime() : null;
  return (
    <Box
      data-testid="chain-chart"
      sx={{ width: '100%', height: rows.length * ROW_HEIGHT + 90, minWidth: 0 }}
    >
      <ResponsiveContainer>
        <BarChart
          data={rows}
          layout="vertical"
          margin={{ top: 20, right: 24, bottom: 4, left: 8 }}
          barGap={2}
          barCategoryGap="22%"
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis
            type="number"
            scale="time"
            domain={domain}
            tickFormatter={(value: number) => formatDay(value, locale)}
            tick={{ fontSize: 11 }}
          />
          <YAxis
            type="category"
            dataKey="label"
            width={LABEL_WIDTH}
            interval={0}
            tick={<StepTick rows={rows} />}
          />
          {current && (
            <ReferenceArea y1={current.label} y2={current.label} fill="#fff8e1" fillOpacity={0.9} />
          )}
          <Tooltip content={<StepTooltip />} cursor={{ fill: 'rgba(0,0,0,0.04)' }} />
          <Legend
            verticalAlign="top"
            height={24}
            iconSize={10}
            wrapperStyle={{ fontSize: 12 }}
            formatter={(value: string) => <span style={{ color: '#37474f' }}>{value}</span>}
          />
          <Bar
            dataKey="expected"
            name={translate('trident.chain.expected')}
            fill={EXPECTED}
            isAnimationActive={false}
          >
            {rows.map((row) => (
              <Cell key={row.id} fill={row.late && !row.observed ? EXPECTED_LATE : EXPECTED} />
            ))}
          </Bar>
          <Bar
            dataKey="observed"
            name={translate('trident.chain.observed')}
            fill={TONE_COLORS.passed}
            isAnimationActive={false}
          >
            {rows.map((row) => (
              <Cell
                key={row.id}
                fill={TONE_COLORS[row.tone]}
                stroke={row.current ? '#0d47a1' : undefined}
                strokeWidth={row.current ? 2 : 0}
              />
            ))}
          </Bar>
          <ReferenceLine
            x={now.getTime()}
            stroke="#d32f2f"
            strokeDasharray="4 3"
            label={{
              value: translate('trident.chain.today'),
              position: 'top',
              fontSize: 11,
              fill: '#d32f2f',
            }}
          />
          {closeAt !== null && (
            <ReferenceLine
              x={closeAt}
              stroke="#ef6c00"
              label={{
                value: translate('trident.chain.expected_close'),
                position: 'insideTopRight',
                fontSize: 11,
                fill: '#ef6c00',
              }}
            />
          )}
        </BarChart>
      </ResponsiveContainer>
    </Box>
  );
}
