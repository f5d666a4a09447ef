import { Chip, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { Link, useNavigate } from 'react-router-dom';
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
import { useApi } from '../providers/api';
import { COLLECTION_AGING } from './widgets.graphql';
import { formatAmount, formatCompact } from '../resources/money';
import {
  AGING_BUCKET_OF,
  AGING_BUCKETS,
  agingBars,
  agingMilestonesUrl,
  type AgingBar,
} from './collections-data';
import { WidgetCard } from './WidgetCard';

const COLORS: Record<(typeof AGING_BUCKETS)[number], string> = {
  notDue: '#90caf9',
  days0to30: '#ffcc80',
  days31to60: '#ffa726',
  days61to90: '#f57c00',
  over90: '#c62828',
};

/** The largest balances; the rest are in the battle map. */
const TOP = 15;

/**
 * Receivables by days past due (seed 003), stacked per account or region. A bar's bucket opens
 * its milestones; the chips below open each bucket's milestones for everyone.
 */
export function AgingChartWidget() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const api = useApi();
  const navigate = useNavigate();
  const [groupBy, setGroupBy] = useState<'ACCOUNT' | 'REGION'>('ACCOUNT');
  const { data, isPending, error } = useQuery({
    queryKey: ['collectionAging', groupBy],
    queryFn: () =>
      api.query(COLLECTION_AGING, { groupBy, asOf: null }).then((data) => data.collectionAging),
  });
  const bars = agingBars(data ?? []).slice(0, TOP);
  const currency = bars[0]?.currency ?? '';
  return (
    <WidgetCard
      title="trident.widgets.aging"
      testId="aging-widget"
      isPending={isPending}
      error={error}
      empty={bars.length === 0}
      emptyText="trident.widgets.aging_empty"
      action={
        <TextField
          select
          size="small"
          value={groupBy}
          onChange={(event) => setGroupBy(event.target.value as 'ACCOUNT' | 'REGION')}
          sx={{ width: 140 }}
        >
          <MenuItem value="ACCOUNT">{translate('trident.widgets.by_account')}</MenuItem>
          <MenuItem value="REGION">{translate('trident.widgets.by_region')}</MenuItem>
        </TextField>
      }
    >
      <div style={{ width: '100%', height: Math.max(240, bars.length * 36 + 80) }}>
        <ResponsiveContainer>
          <BarChart data={bars} layout="vertical" margin={{ left: 8, right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" tickFormatter={(v: number) => formatCompact(v, locale)} />
            <YAxis type="category" dataKey="label" width={230} tick={{ fontSize: 12 }} />
            <Tooltip formatter={(value) => formatAmount(Number(value), locale)} />
            <Legend verticalAlign="top" height={28} />
            {AGING_BUCKETS.map((bucket) => (
              <Bar
                key={bucket}
                dataKey={bucket}
                stackId="aging"
                fill={COLORS[bucket]}
                name={translate(`trident.aging.${bucket}`)}
                isAnimationActive={false}
                cursor="pointer"
                onClick={(entry: { payload?: AgingBar }) => {
                  const bar = entry.payload;
                  if (bar?.group) navigate(agingMilestonesUrl(bucket, bar.group));
                }}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1, my: 1 }}>
        <Typography variant="caption" sx={{ color: 'text.secondary', alignSelf: 'center' }}>
          {translate('trident.widgets.aging_open')}
        </Typography>
        {AGING_BUCKETS.map((bucket) => (
          <Chip
            key={bucket}
            size="small"
            clickable
            component={Link}
            to={agingMilestonesUrl(bucket)}
            label={translate(`trident.aging.${bucket}`)}
            sx={{ borderLeft: 4, borderLeftColor: COLORS[bucket] }}
            data-testid={`aging-bucket-${AGING_BUCKET_OF[bucket]}`}
          />
        ))}
      </Stack>
      <Typography variant="caption" sx={{ color: 'text.secondary' }}>
        {translate('trident.widgets.aging_caption', { currency })}
      </Typography>
    </WidgetCard>
  );
}
