import { Box, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatAmount, formatCompact } from '../resources/money';
import type { childSeries } from './rollup-tree';

const SERIES = [
  { key: 'pipeline', label: 'pipeline', color: '#90caf9' },
  { key: 'weighted', label: 'weighted', color: '#1e88e5' },
  { key: 'revenue', label: 'revenue', color: '#2e7d32' },
] as const;

/** The branches of the group side by side: open pipeline, weighted, and revenue in the period. */
export function RollupChart({
  chart,
  currency,
}: {
  chart: ReturnType<typeof childSeries>;
  currency: string;
}) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!chart.parent || chart.series.length < 2) return null;
  const height = 60 + chart.series.length * 30;
  return (
    <Box data-testid="rollup-chart" sx={{ minWidth: 0 }}>
      <Typography variant="subtitle2" sx={{ mb: 1 }}>
        {translate('trident.growth.group.chart_title', {
          name: chart.parent.row.account?.name ?? '',
          currency,
        })}
      </Typography>
      <Box sx={{ width: '100%', height }}>
        <ResponsiveContainer>
          <BarChart data={chart.series} layout="vertical" margin={{ left: 8, right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" tickFormatter={(v: number) => formatCompact(v, locale)} />
            <YAxis type="category" dataKey="name" width={170} tick={{ fontSize: 12 }} />
            <Tooltip formatter={(value) => formatAmount(Number(value), locale)} />
            <Legend verticalAlign="top" height={28} itemSorter={null} />
            {SERIES.map(({ key, label, color }) => (
              <Bar
                key={key}
                dataKey={key}
                fill={color}
                name={translate(`trident.growth.group.${label}`)}
                isAnimationActive={false}
                barSize={7}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </Box>
    </Box>
  );
}
