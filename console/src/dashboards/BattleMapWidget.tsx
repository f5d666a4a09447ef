import { Box, Chip, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useLocaleState, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { useApi } from '../providers/api';
import { BATTLE_MAP } from './widgets.graphql';
import { formatAmount } from '../resources/money';
import { battleMapOrder } from './collections-data';
import { WidgetCard } from './WidgetCard';

/** Seed 002's battle map: per contract what is due, paid, open, overdue and proven. */
export function BattleMapWidget() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const api = useApi();
  const { data, isPending, error } = useQuery({
    queryKey: ['battleMap'],
    queryFn: () => api.query(BATTLE_MAP, { filter: {} }).then((data) => data.battleMap),
  });
  const rows = battleMapOrder(data ?? []);
  const money = (value: string | null) => formatAmount(value, locale);
  return (
    <WidgetCard
      title="trident.widgets.battle_map"
      testId="battle-map-widget"
      isPending={isPending}
      error={error}
      empty={rows.length === 0}
      emptyText="trident.widgets.battle_map_empty"
    >
      <Box sx={{ overflowX: 'auto', maxHeight: 420 }}>
        <Table size="small" stickyHeader sx={{ '& td, & th': { whiteSpace: 'nowrap', px: 1 } }}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.contracts.name', { smart_count: 1 })}</TableCell>
              <TableCell>{translate('resources.contracts.fields.accountId')}</TableCell>
              <TableCell align="right">{translate('trident.widgets.due')}</TableCell>
              <TableCell align="right">{translate('trident.milestone.paid')}</TableCell>
              <TableCell align="right">{translate('trident.milestone.open')}</TableCell>
              <TableCell align="right">{translate('trident.widgets.overdue')}</TableCell>
              <TableCell>{translate('trident.widgets.next_due')}</TableCell>
              <TableCell align="right">{translate('trident.widgets.evidence')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => {
              const overdue = Number(row.overdue ?? 0) > 0 || row.overdueMilestones > 0;
              return (
                <TableRow key={row.contract?.id ?? row.account?.id}>
                  <TableCell>
                    {row.contract ? (
                      <Link to={`/contracts/${row.contract.id}/show`}>{row.contract.title}</Link>
                    ) : (
                      '—'
                    )}
                  </TableCell>
                  <TableCell>{row.account?.name ?? '—'}</TableCell>
                  <TableCell align="right">{money(row.due)}</TableCell>
                  <TableCell align="right">{money(row.paid)}</TableCell>
                  <TableCell align="right">{money(row.open)}</TableCell>
                  <TableCell align="right">
                    {overdue ? (
                      <Chip
                        size="small"
                        color="error"
                        label={`${money(row.overdue)} (${row.overdueMilestones})`}
                      />
                    ) : (
                      money(row.overdue)
                    )}
                  </TableCell>
                  <TableCell>{row.nextDue ?? '—'}</TableCell>
                  <TableCell align="right">
                    <Chip
                      size="small"
                      variant="outlined"
                      color={row.evidenceChecked >= row.evidenceRequired ? 'success' : 'warning'}
                      label={`${row.evidenceChecked} / ${row.evidenceRequired}`}
                    />
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </Box>
    </WidgetCard>
  );
}
