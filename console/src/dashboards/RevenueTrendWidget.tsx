import { Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useLocaleState, useTranslate } from 'react-admin';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useApi } from '../providers/api';
import { REVENUE_SUMMARY } from './widgets.graphql';
import { formatAmount, formatCompact } from '../resources/money';
import { revenueBars } from './collections-data';
import { WidgetCard } from './WidgetCard';

const SERIES = [
  { key: 'new', color: '#1e88e5' },
  { key: 'recurring', color: '#43a047' },
  { key: 'expansion', color: '#8e24aa' },
  { key: 'churned', color: '#e53935' },
  { key: 'contraction', color: '#fb8c00' },
] as const;

/**
 * Seed 002's renewal view: new, recurring and expansion bookings per quarter; below the line
 * the yearly recurring revenue lost (churn: none left; contraction: less).
 */
export function RevenueTrendWidget() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const api = useApi();
  const year = new Date().getFullYear();
  const { data, isPending, error } = useQuery({
    queryKey: ['revenueSummary', year],
    queryFn: () =>
      api
        .query(REVENUE_SUMMARY, { from: `${year}-Q1`, to: `${year}-Q4`, granularity: 'QUARTER' })
        .then((data) => data.revenueSummary),
  });
  const bars = revenueBars(data ?? []);
  return (
    <WidgetCard
      title="trident.widgets.revenue"
      testId="revenue-widget"
      isPending={isPending}
      error={error}
      empty={bars.length === 0}
    >
      <div style={{ width: '100%', height: 280 }}>
        <ResponsiveContainer>
          <BarChart data={bars} stackOffset="sign">
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" />
            <YAxis tickFormatter={(v: number) => formatCompact(v, locale)} />
            <Tooltip formatter={(value) => formatAmount(Number(value), locale)} />
            <Legend verticalAlign="top" height={28} />
            <ReferenceLine y={0} stroke="#999" />
            {SERIES.map(({ key, color }) => (
              <Bar
                key={key}
                dataKey={key}
                stackId="revenue"
                fill={color}
                name={translate(`trident.revenue.${key}`)}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <Typography variant="caption" sx={{ color: 'text.secondary' }}>
        {translate('trident.widgets.revenue_caption', {
          year,
          cumulative: formatAmount(bars.at(-1)?.cumulative ?? null, locale),
          recurring: formatAmount(bars.at(-1)?.annualRecurring ?? null, locale),
        })}
      </Typography>
    </WidgetCard>
  );
}
