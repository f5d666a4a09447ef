import {
  Alert,
  Box,
  Card,
  CardContent,
  CircularProgress,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TablePagination,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Title, useLocaleState, useTranslate } from 'react-admin';
import { Link, useSearchParams } from 'react-router-dom';
import { errorText } from '../providers/api-error';
import { retryNetworkErrors, useApi } from '../providers/api';
import { StageChip } from '../resources/funnel-stages/StageChip';
import { formatMoney } from '../resources/money';
import { STALLED_OPPORTUNITIES } from './growth.graphql';
import { CloseDate } from '../resources/opportunities/CloseDate';
import { stalledParams, STALLED_DAYS } from './stalled';

const key = (name: string) => `trident.growth.stalled.${name}`;
const field = (name: string) => `resources.opportunities.fields.${name}`;

/**
 * Open deals that sat in their stage longer than a number of days, the longest first: where
 * a deal needs a push (an escalation rule, STAGE_STALLED, fires on the same measure).
 */
export function StalledDealsPage() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const api = useApi();
  const [search, setSearch] = useSearchParams();
  const { days, page, perPage } = stalledParams(search);
  const { data, isPending, isFetching, error } = useQuery({
    queryKey: ['growth', 'stalled', days, page, perPage],
    retry: retryNetworkErrors,
    placeholderData: keepPreviousData,
    queryFn: () =>
      api
        .query(STALLED_OPPORTUNITIES, { days, first: perPage, offset: page * perPage })
        .then((d) => d.stalledOpportunities),
  });
  const go = (next: { days?: number; page?: number; perPage?: number }) =>
    setSearch(
      {
        days: String(next.days ?? days),
        page: String((next.page ?? page) + 1),
        perPage: String(next.perPage ?? perPage),
      },
      { replace: true },
    );
  return (
    <Box sx={{ mt: 1, mb: 2 }} data-testid="stalled-deals">
      <Title title={translate(key('title'))} />
      <Card>
        <CardContent>
          <Stack
            direction={{ xs: 'column', sm: 'row' }}
            spacing={2}
            sx={{ alignItems: { sm: 'center' }, mb: 2 }}
          >
            <Box sx={{ flexGrow: 1 }}>
              <Typography variant="h5">{translate(key('title'))}</Typography>
              <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                {translate(key('intro'))}
              </Typography>
            </Box>
            <TextField
              select
              size="small"
              label={translate(key('days'))}
              value={days}
              onChange={(event) => go({ days: Number(event.target.value), page: 0 })}
              sx={{ width: 200, flexShrink: 0 }}
              slotProps={{
                select: { SelectDisplayProps: { 'data-testid': 'stalled-days' } as object },
              }}
            >
              {[...new Set([...STALLED_DAYS, days])]
                .sort((a, b) => a - b)
                .map((n) => (
                  <MenuItem key={n} value={n}>
                    {translate(key('days_option'), { n })}
                  </MenuItem>
                ))}
            </TextField>
          </Stack>
          {isPending ? (
            <Box sx={{ display: 'flex', justifyContent: 'center', p: 4 }}>
              <CircularProgress size={28} aria-label={translate('ra.page.loading')} />
            </Box>
          ) : error ? (
            <Alert severity="error" data-testid="stalled-error">
              {translate(key('error'))}: {errorText(error)}
            </Alert>
          ) : !data || data.totalCount === 0 ? (
            <Alert severity="success" data-testid="stalled-empty">
              {translate(key('empty'), { days })}
            </Alert>
          ) : (
            <>
              <Typography variant="body2" sx={{ mb: 1 }} data-testid="stalled-count">
                {translate(key('count'), { smart_count: data.totalCount, days })}
              </Typography>
              <Box sx={{ overflowX: 'auto', opacity: isFetching ? 0.6 : 1 }}>
                <Table size="small" sx={{ '& th': { fontWeight: 600 } }}>
                  <TableHead>
                    <TableRow>
                      <TableCell>{translate(key('deal'))}</TableCell>
                      <TableCell>{translate(field('accountId'))}</TableCell>
                      <TableCell>{translate(field('ownerId'))}</TableCell>
                      <TableCell>{translate(field('stage'))}</TableCell>
                      <TableCell align="right">{translate(key('days_in_stage'))}</TableCell>
                      <TableCell align="right">{translate(field('amount'))}</TableCell>
                      <TableCell>{translate(field('expectedCloseDate'))}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {data.nodes.map((deal) => (
                      <TableRow key={deal.id} hover data-testid="stalled-row">
                        <TableCell sx={{ maxWidth: 320 }}>
                          <Link
                            to={`/opportunities/${deal.id}/show`}
                            data-testid="stalled-deal-link"
                          >
                            {deal.name}
                          </Link>
                        </TableCell>
                        <TableCell sx={{ maxWidth: 280 }}>
                          {deal.account ? (
                            <Link to={`/accounts/${deal.account.id}/show`}>
                              {deal.account.name}
                            </Link>
                          ) : (
                            '—'
                          )}
                        </TableCell>
                        <TableCell sx={{ whiteSpace: 'nowrap' }}>
                          {deal.owner?.name ?? '—'}
                        </TableCell>
                        <TableCell>
                          <StageChip stage={deal.stage} />
                        </TableCell>
                        <TableCell
                          align="right"
                          sx={{
                            fontWeight: 600,
                            color: deal.daysInStage >= days * 2 ? 'error.main' : undefined,
                          }}
                        >
                          {deal.daysInStage}
                        </TableCell>
                        <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                          {formatMoney(deal.amount, locale)}
                        </TableCell>
                        <TableCell>
                          <CloseDate date={deal.expectedCloseDate} passed={deal.closeDatePassed} />
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </Box>
              <TablePagination
                component="div"
                count={data.totalCount}
                page={page}
                rowsPerPage={perPage}
                rowsPerPageOptions={[10, 25, 50]}
                onPageChange={(_, next) => go({ page: next })}
                onRowsPerPageChange={(event) =>
                  go({ perPage: Number(event.target.value), page: 0 })
                }
                labelRowsPerPage={translate('ra.navigation.page_rows_per_page')}
                labelDisplayedRows={({ from, to, count }) =>
                  translate('ra.navigation.page_range_info', {
                    offsetBegin: from,
                    offsetEnd: to,
                    total: count,
                  })
                }
              />
            </>
          )}
        </CardContent>
      </Card>
    </Box>
  );
}
