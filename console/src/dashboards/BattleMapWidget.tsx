import { formatDate } from '../formats/dates';
import LockClockIcon from '@mui/icons-material/LockClock';
import {
  Box,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useLocaleState, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { useApi } from '../providers/api';
import { BATTLE_MAP } from './widgets.graphql';
import { formatAmount } from '../resources/money';
import { formatDay } from '../chain/chain-chart';
import { StanceChip } from '../war-room/StanceChip';
import { battleMapOrder, type BattleMapRow } from './collections-data';
import { WidgetCard } from './WidgetCard';
import { BATTLE_MAP_MAX_ROWS } from '@trident/domain';
import { listUrl } from '../resources/list-url';

/**
 * 签字放款: per overdue milestone held by a signature, the customer's step not yet passed
 * and the people on both sides — the approver (with their stance and who of ours knows
 * them) and our owner of the step.
 */
function HeldBy({ rows }: { rows: readonly BattleMapRow[] }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const holds = rows.flatMap((row) => row.heldBy.map((hold) => ({ ...hold, row })));
  if (holds.length === 0) return null;
  return (
    <Box
      sx={{ mb: 1.5, p: 1, borderRadius: 1, bgcolor: 'rgba(211, 47, 47, 0.04)' }}
      data-testid="battle-map-held-by"
    >
      <Typography variant="subtitle2" sx={{ mb: 0.5 }}>
        {translate('trident.gates.held_title')}
      </Typography>
      <Stack spacing={0.75}>
        {holds.map(({ milestone, step, row }) => (
          <Stack
            key={`${milestone.id}:${step.id}`}
            direction="row"
            sx={{ alignItems: 'center', flexWrap: 'wrap', columnGap: 1, rowGap: 0.25 }}
            data-testid="battle-map-hold"
          >
            <LockClockIcon fontSize="small" color="error" />
            <Typography variant="body2">
              {row.contract ? (
                <Link to={`/contracts/${row.contract.id}/show`}>{row.contract.title}</Link>
              ) : (
                (row.account?.name ?? '—')
              )}{' '}
              · {translate(`trident.milestone_kinds.${milestone.kind}`)}
              {milestone.site ? ` · ${milestone.site}` : ''} ·{' '}
              {translate('trident.gates.due', { date: formatDay(milestone.due, locale, true) })}
            </Typography>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {translate('trident.gates.held_by')}{' '}
              {step.run ? (
                <Link to={`/processRuns/${step.run.id}/show`}>{step.name}</Link>
              ) : (
                step.name
              )}
              {step.daysLate > 0 &&
                ` · ${translate('trident.chain.days_late', { days: step.daysLate })}`}
            </Typography>
            <Typography variant="body2">
              {translate('trident.gates.customer')}:{' '}
              {step.approverContact?.name ??
                step.approverOrgUnit?.name ??
                translate('trident.chain.approver_unknown')}
            </Typography>
            {step.approverContact && <StanceChip stance={step.approverContact.stance} />}
            {step.approverContact && (
              <Typography variant="caption" sx={{ color: 'text.secondary' }}>
                {step.approverContact.relationshipOwner
                  ? translate('trident.chain.relationship_owner', {
                      name: step.approverContact.relationshipOwner.name,
                    })
                  : translate('trident.chain.no_relationship_owner')}
              </Typography>
            )}
            <Typography variant="body2">
              {translate('trident.gates.ours')}:{' '}
              {step.owner?.name ?? translate('trident.chain.nobody')}
              {step.ownerRole ? ` (${translate(`trident.team_roles.${step.ownerRole}`)})` : ''}
            </Typography>
          </Stack>
        ))}
      </Stack>
    </Box>
  );
}

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
      <HeldBy rows={rows} />
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
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {row.nextDue ? formatDate(row.nextDue, locale) : '—'}
                  </TableCell>
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
      {rows.length >= BATTLE_MAP_MAX_ROWS && (
        <Typography
          variant="caption"
          component="p"
          sx={{ color: 'text.secondary', mt: 1 }}
          data-testid="battle-map-capped"
        >
          {translate('trident.widgets.battle_map_capped', { max: BATTLE_MAP_MAX_ROWS })}{' '}
          <Link to={listUrl('contracts', { overdue: true })}>
            {translate('trident.widgets.battle_map_all_overdue')}
          </Link>
        </Typography>
      )}
    </WidgetCard>
  );
}
