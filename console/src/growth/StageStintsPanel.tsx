import {
  Alert,
  Box,
  Card,
  CardContent,
  CircularProgress,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { alpha } from '@mui/material/styles';
import { useQuery } from '@tanstack/react-query';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatDate } from '../formats/dates';
import { errorText } from '../providers/api-error';
import { retryNetworkErrors, useApi } from '../providers/api';
import { StageChip } from '../resources/funnel-stages/StageChip';
import { formatDays } from '../dashboards/stage-time-data';
import { STAGE_STINTS } from './growth.graphql';
import { DateText } from '../formats/DateText';

const key = (name: string) => `trident.growth.stints.${name}`;

/**
 * A deal's time in stage: every stay in a stage, in order, with its days, the longest shown
 * by the longest bar. Won and lost are where a deal ends: they have no days.
 */
export function StageStintsPanel({ opportunityId }: { opportunityId: string }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const api = useApi();
  const { data, isPending, error } = useQuery({
    queryKey: ['growth', 'stints', opportunityId],
    retry: retryNetworkErrors,
    queryFn: () =>
      api.query(STAGE_STINTS, { id: opportunityId }).then((d) => d.opportunity?.stageStints ?? []),
  });
  const longest = Math.max(1, ...(data ?? []).map((s) => s.days ?? 0));
  return (
    <Card variant="outlined" data-testid="stage-stints">
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {translate(key('title'))}
        </Typography>
        {isPending ? (
          <CircularProgress size={20} aria-label={translate('ra.page.loading')} />
        ) : error ? (
          <Alert severity="error">{errorText(error)}</Alert>
        ) : !data || data.length === 0 ? (
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            {translate(key('empty'))}
          </Typography>
        ) : (
          <Table size="small" sx={{ '& td, & th': { px: 0.75 } }}>
            <TableHead>
              <TableRow>
                <TableCell>{translate(key('stage'))}</TableCell>
                <TableCell>{translate(key('entered'))}</TableCell>
                <TableCell align="right">{translate(key('days'))}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.map((stint) => (
                <TableRow key={`${stint.stageId}:${stint.enteredAt}`} data-testid="stage-stint">
                  <TableCell>
                    <StageChip stage={stint.stage} />
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    <Typography variant="body2">
                      <DateText value={stint.enteredAt} />
                    </Typography>
                    <Typography variant="caption" sx={{ color: 'text.secondary' }}>
                      →{' '}
                      {stint.leftAt
                        ? formatDate(stint.leftAt, locale)
                        : stint.days === null
                          ? translate(key('ended'))
                          : translate(key('now'))}
                    </Typography>
                  </TableCell>
                  <TableCell align="right" sx={{ minWidth: 72 }}>
                    <Typography
                      variant="body2"
                      sx={{ fontWeight: stint.leftAt ? 400 : 600, whiteSpace: 'nowrap' }}
                    >
                      {stint.days === null
                        ? '—'
                        : translate(key('days_value'), { days: formatDays(stint.days) })}
                    </Typography>
                    {stint.days !== null && (
                      <Box
                        sx={(theme) => ({
                          height: 4,
                          mt: 0.25,
                          ml: 'auto',
                          borderRadius: 2,
                          width: `${Math.max(4, (stint.days! / longest) * 100)}%`,
                          bgcolor: stint.leftAt
                            ? alpha(theme.palette.primary.main, 0.35)
                            : theme.palette.warning.main,
                        })}
                      />
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
