import { formatDate } from '../formats/dates';
import { Box, Chip, LinearProgress, Stack, Tooltip, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { WidgetCard } from '../dashboards/WidgetCard';
import { formatAmount, formatMoney } from '../resources/money';
import { retryNetworkErrors, useApi } from '../providers/api';
import { WAR_ROOM_CONTRACTS } from './war-room.graphql';
import { collectedShare, contractOrder, shownMilestones } from './war-room-logic';
import { DateText } from '../formats/DateText';

const STATUS_COLORS: Record<string, 'default' | 'info' | 'warning' | 'success' | 'error'> = {
  PLANNED: 'default',
  INVOICED: 'info',
  PARTIALLY_PAID: 'warning',
  PAID: 'success',
  OVERDUE: 'error',
};

function Figure({
  label,
  children,
  tone,
  testId,
}: {
  label: string;
  children: ReactNode;
  tone?: 'error';
  testId?: string;
}) {
  const translate = useTranslate();
  return (
    <Box sx={{ minWidth: 0 }} data-testid={testId}>
      <Typography variant="caption" component="div" noWrap sx={{ color: 'text.secondary' }}>
        {translate(label)}
      </Typography>
      <Typography
        variant="body2"
        component="div"
        sx={{ fontWeight: 500, color: tone === 'error' ? 'error.main' : undefined }}
      >
        {children}
      </Typography>
    </Box>
  );
}

/** Per contract what is paid, still open and overdue, and how its milestones stand. */
export function ContractsSection({ accountId }: { accountId: string }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const api = useApi();
  const { data, isPending, error } = useQuery({
    queryKey: ['warRoom', 'contracts', accountId],
    retry: retryNetworkErrors,
    queryFn: () => api.query(WAR_ROOM_CONTRACTS, { accountId }).then((data) => data.contracts),
  });
  const rows = contractOrder(data?.nodes ?? []);
  const amount = (value: number | null) => formatAmount(value, locale);
  return (
    <WidgetCard
      title="trident.war_room.contracts"
      testId="war-room-contracts"
      isPending={isPending}
      error={error}
      empty={rows.length === 0}
      emptyText="trident.war_room.no_contracts"
      action={
        data && data.totalCount > rows.length ? (
          <Typography variant="caption" sx={{ color: 'text.secondary' }}>
            {translate('trident.war_room.showing', { shown: rows.length, total: data.totalCount })}
          </Typography>
        ) : undefined
      }
    >
      <Stack divider={<Box sx={{ borderTop: 1, borderColor: 'divider' }} />} spacing={1.25}>
        {rows.map(({ contract, summary }) => {
          const share = collectedShare(summary);
          const { shown: milestones, hidden } = shownMilestones(contract.milestones);
          return (
            <Box key={contract.id} data-testid="war-room-contract" sx={{ minWidth: 0 }}>
              <Stack
                direction="row"
                sx={{ alignItems: 'baseline', flexWrap: 'wrap', columnGap: 1, rowGap: 0.25 }}
              >
                <Typography
                  component={Link}
                  to={`/contracts/${contract.id}/show`}
                  variant="subtitle2"
                  sx={{ flex: '1 1 200px', minWidth: 0, overflowWrap: 'anywhere' }}
                >
                  {contract.title}
                </Typography>
                <Typography
                  variant="caption"
                  sx={{ color: 'text.secondary', whiteSpace: 'nowrap' }}
                >
                  {translate(`trident.contract_kinds.${contract.kind}`)} ·{' '}
                  {translate('resources.contracts.fields.signedAt')}{' '}
                  <DateText value={contract.signedAt} />
                </Typography>
                <Typography variant="body2" sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
                  {formatMoney(contract.amount, locale)}
                </Typography>
              </Stack>
              <Box
                sx={{
                  display: 'grid',
                  // As many columns as fit a whole amount ("2,243,338.20"): a narrow card
                  // takes two rows of figures rather than cutting or splitting the numbers.
                  gridTemplateColumns: 'repeat(auto-fill, minmax(112px, 1fr))',
                  gap: 1,
                  mt: 0.5,
                }}
              >
                <Figure label="trident.milestone.paid" testId="war-room-contract-paid">
                  {amount(summary.paid)}
                </Figure>
                <Figure label="trident.milestone.open" testId="war-room-contract-open">
                  {amount(summary.open)}
                </Figure>
                <Figure
                  label="trident.widgets.overdue"
                  tone={summary.overdueMilestones > 0 ? 'error' : undefined}
                  testId="war-room-contract-overdue"
                >
                  {summary.overdueMilestones > 0
                    ? `${amount(summary.overdue)} (${summary.overdueMilestones})`
                    : amount(summary.overdue)}
                </Figure>
                <Figure label="trident.widgets.next_due">
                  {summary.nextDue ? formatDate(summary.nextDue, locale) : '—'}
                </Figure>
                <Figure label="trident.widgets.evidence">
                  {summary.evidenceRequired > 0
                    ? `${summary.evidenceChecked} / ${summary.evidenceRequired}`
                    : '—'}
                </Figure>
              </Box>
              {share !== null && (
                <Tooltip
                  title={translate('trident.war_room.collected', {
                    share: Math.round(share * 100),
                  })}
                >
                  <LinearProgress
                    variant="determinate"
                    value={share * 100}
                    color={summary.overdueMilestones > 0 ? 'error' : 'success'}
                    sx={{ height: 5, borderRadius: 3, mt: 0.75 }}
                  />
                </Tooltip>
              )}
              {milestones.length === 0 && hidden === 0 ? (
                <Typography
                  variant="caption"
                  component="div"
                  sx={{ color: 'text.disabled', mt: 0.5 }}
                >
                  {translate('trident.milestone.none')}
                </Typography>
              ) : (
                <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5, mt: 0.75 }}>
                  {milestones.map((m) => (
                    <Tooltip
                      key={m.id}
                      title={`$<DateText value={m.due} /> · ${translate(`trident.milestone_statuses.${m.status}`)} · ${translate('trident.milestone.open')} ${formatMoney(m.open && m.amount ? m.open : null, locale)}`}
                    >
                      <Chip
                        size="small"
                        color={STATUS_COLORS[m.status] ?? 'default'}
                        variant={m.status === 'PLANNED' ? 'outlined' : 'filled'}
                        label={`${translate(`trident.milestone_kinds.${m.kind}`)}${m.site ? ` · ${m.site}` : ''} · ${translate(`trident.milestone_statuses.${m.status}`)}`}
                        data-testid={`war-room-milestone-${m.status}`}
                        sx={{ maxWidth: '100%' }}
                      />
                    </Tooltip>
                  ))}
                  {hidden > 0 && (
                    <Chip
                      size="small"
                      clickable
                      component={Link}
                      to={`/contracts/${contract.id}/show`}
                      label={translate('trident.war_room.more_milestones', { count: hidden })}
                      data-testid="war-room-milestones-more"
                    />
                  )}
                </Stack>
              )}
            </Box>
          );
        })}
      </Stack>
    </WidgetCard>
  );
}
