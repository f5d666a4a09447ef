import { Box, Button, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useLocaleState, useTranslate } from 'react-admin';
import { useApi } from '../providers/api';
import { RENEWALS } from './widgets.graphql';
import { formatMoney } from '../resources/money';
import { WidgetCard } from './WidgetCard';
import { Link } from 'react-router-dom';
import { DateText } from '../formats/DateText';
import { listUrl } from '../resources/list-url';

/** Renewals due within this many days, the soonest few here; the rest in the renewals list. */
const WITHIN_DAYS = 90;
const ROWS = 10;

/** Open renewals expected to sign within 90 days: who to visit before the contract runs out. */
export function RenewalsWidget() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const api = useApi();
  const { data, isPending, error } = useQuery({
    queryKey: ['renewals', WITHIN_DAYS, ROWS],
    queryFn: () =>
      api
        .query(RENEWALS, { dueWithinDays: WITHIN_DAYS, first: ROWS })
        .then((data) => data.renewals),
  });
  // The API answers the soonest first and counts them all.
  const rows = data?.nodes ?? [];
  const total = data?.totalCount ?? 0;
  return (
    <WidgetCard
      title="trident.widgets.renewals"
      testId="renewals-widget"
      isPending={isPending}
      error={error}
      empty={rows.length === 0}
      emptyText="trident.widgets.renewals_empty"
    >
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" sx={{ '& td, & th': { whiteSpace: 'nowrap', px: 1 } }}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.contracts.fields.accountId')}</TableCell>
              <TableCell>{translate('trident.widgets.expected_sign')}</TableCell>
              <TableCell align="right">{translate('resources.contracts.fields.amount')}</TableCell>
              <TableCell>{translate('trident.milestone.status')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.id}>
                <TableCell>{row.account?.name ?? '—'}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  <DateText value={row.expectedSignDate} />
                </TableCell>
                <TableCell align="right">{formatMoney(row.amount, locale)}</TableCell>
                <TableCell>{translate(`trident.renewal_statuses.${row.status}`)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
      {total > rows.length && (
        <Button
          size="small"
          component={Link}
          to={listUrl('renewals', { dueWithinDays: WITHIN_DAYS })}
          sx={{ mt: 1 }}
          data-testid="renewals-all"
        >
          {translate('trident.widgets.show_all_rows', { count: total })}
        </Button>
      )}
    </WidgetCard>
  );
}
