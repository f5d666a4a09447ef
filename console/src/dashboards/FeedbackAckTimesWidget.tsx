import {
  Box,
  Chip,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { useApi } from '../providers/api';
import { FEEDBACK_ACK_TIMES } from './widgets.graphql';
import { durationParts } from './duration';
import { WidgetCard } from './WidgetCard';

/** Past this, feedback waited too long: the one-minute loop of seed 000 is broken. */
const SLOW_MINUTES = 60;

function Minutes({ value }: { value: number | null }) {
  const translate = useTranslate();
  const parts = durationParts(value);
  if (!parts) return <>—</>;
  const text = translate(`trident.duration.${parts.unit}`, { n: parts.value });
  return value !== null && value > SLOW_MINUTES ? (
    <Chip size="small" color="warning" label={text} />
  ) : (
    <>{text}</>
  );
}

/**
 * Time to acknowledge feedback per AR over the last 90 days (median and p90 from the API),
 * and how many still wait: the manager sees whose loop is slow.
 */
export function FeedbackAckTimesWidget() {
  const translate = useTranslate();
  const api = useApi();
  const from = useMemo(() => new Date(Date.now() - 90 * 24 * 3600 * 1000), []);
  const { data, isPending, error } = useQuery({
    queryKey: ['feedbackAckTimes', from.toISOString()],
    queryFn: () =>
      api
        .query(FEEDBACK_ACK_TIMES, { from: from?.toISOString() ?? null, to: null })
        .then((data) => data.feedbackAckTimes),
  });
  const rows = data ?? [];
  return (
    <WidgetCard
      title="trident.widgets.ack_times"
      testId="ack-times-widget"
      isPending={isPending}
      error={error}
      empty={rows.length === 0}
      emptyText="trident.widgets.ack_times_empty"
    >
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" sx={{ '& td, & th': { whiteSpace: 'nowrap', px: 1 } }}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('trident.widgets.ar')}</TableCell>
              <TableCell align="right">{translate('trident.widgets.acknowledged_of')}</TableCell>
              <TableCell align="right">{translate('trident.widgets.waiting')}</TableCell>
              <TableCell align="right">{translate('trident.widgets.median')}</TableCell>
              <TableCell align="right">{translate('trident.widgets.p90')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.user?.id ?? 'none'}>
                <TableCell>{row.user?.name ?? '—'}</TableCell>
                <TableCell align="right">
                  {row.acknowledged} / {row.reported}
                </TableCell>
                <TableCell align="right">
                  {row.waiting > 0 ? (
                    <Chip size="small" color="warning" variant="outlined" label={row.waiting} />
                  ) : (
                    0
                  )}
                </TableCell>
                <TableCell align="right">
                  <Minutes value={row.medianMinutes} />
                </TableCell>
                <TableCell align="right">
                  <Minutes value={row.p90Minutes} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
      <Typography variant="caption" component="div" sx={{ color: 'text.secondary', mt: 1 }}>
        {translate('trident.widgets.ack_times_caption')}{' '}
        <Link to="/feedbacks">{translate('trident.widgets.open_inbox')}</Link>
      </Typography>
    </WidgetCard>
  );
}
