import {
  Chip,
  Link as MuiLink,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { WidgetCard } from '../dashboards/WidgetCard';
import { retryNetworkErrors, useApi } from '../providers/api';
import { formatNps, npsTone } from './survey-logic';
import { SURVEY_SCORES } from './surveys.graphql';

/** The manager desk's "customer voice": the accounts whose customers are least happy first. */
export function CustomerVoiceWidget() {
  const translate = useTranslate();
  const api = useApi();
  const { data, isPending, error } = useQuery({
    queryKey: ['surveys', 'scores'],
    retry: retryNetworkErrors,
    queryFn: () => api.query(SURVEY_SCORES, { first: 8 }).then((d) => d.surveyScores),
  });
  return (
    <WidgetCard
      title="trident.surveys.voice.title"
      testId="customer-voice"
      isPending={isPending}
      error={error}
      empty={!data?.length}
      emptyText="trident.surveys.voice.empty"
    >
      <Typography variant="body2" sx={{ color: 'text.secondary', mb: 1 }}>
        {translate('trident.surveys.voice.intro')}
      </Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('trident.surveys.voice.account')}</TableCell>
            <TableCell align="right">{translate('trident.surveys.score.nps')}</TableCell>
            <TableCell align="right">{translate('trident.surveys.score.responses')}</TableCell>
            <TableCell align="right">{translate('trident.surveys.voice.last_quarter')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {(data ?? []).map((row) => {
            const last = row.trend[row.trend.length - 1];
            return (
              <TableRow key={row.accountId} data-testid="customer-voice-row">
                <TableCell sx={{ maxWidth: 280, overflowWrap: 'anywhere' }}>
                  <MuiLink component={Link} to={`/accounts/${row.accountId}/war-room`}>
                    {row.account?.name ?? row.accountId}
                  </MuiLink>
                </TableCell>
                <TableCell align="right">
                  <Chip size="small" label={formatNps(row.nps)} color={npsTone(row.nps)} />
                </TableCell>
                <TableCell align="right">{row.responses}</TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {last ? `${formatNps(last.nps)} (${last.responses})` : '—'}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </WidgetCard>
  );
}
