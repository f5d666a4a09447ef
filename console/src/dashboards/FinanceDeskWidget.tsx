import { formatDate } from '../formats/dates';
import { Chip } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { useBusinessDay } from '../formats/business-day';
import { useApi } from '../providers/api';
import { formatAmount, formatMoney } from '../resources/money';
import { CountRow, CountTile } from './CountTile';
import { financeDesk } from './desks';
import { FINANCE_DESK } from './desks.graphql';
import { DeskList } from './DeskList';
import { WidgetCard } from './WidgetCard';

/**
 * The collection manager's desk (seed 003): milestones overdue and how far their escalation
 * chain has gone, what came in this week, and the customers' payment approvals under way.
 */
export function FinanceDeskWidget() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const today = useBusinessDay();
  const desk = useMemo(() => financeDesk(today), [today]);
  const api = useApi();
  const { data, isPending, error } = useQuery({
    queryKey: ['desk', 'finance', today],
    queryFn: () => api.query(FINANCE_DESK, desk.variables),
  });
  const weekCount = data?.week.reduce((sum, row) => sum + row.count, 0) ?? 0;
  return (
    <WidgetCard
      title="trident.desk.finance"
      testId="finance-desk"
      isPending={isPending}
      error={error}
      empty={false}
    >
      {data && (
        <>
          <CountRow>
            <CountTile
              value={data.overdue.totalCount}
              label="trident.desk.overdue_milestones"
              to={desk.links.overdue}
              testId="count-overdue-milestones"
              alert
            />
            <CountTile
              value={weekCount}
              label="trident.desk.payments_this_week"
              to={desk.links.week}
              testId="count-payments-this-week"
              caption={data.week
                .map((row) => `${formatAmount(row.amount, locale)} ${row.currency}`)
                .join(' · ')}
            />
            <CountTile
              value={data.chains.totalCount}
              label="trident.desk.payment_chains"
              to={desk.links.chains}
              testId="count-payment-chains"
            />
          </CountRow>
          <DeskList
            title="trident.desk.overdue_milestones"
            items={data.overdue.nodes.map((m) => ({
              key: m.id,
              to: `/contracts/${m.contractId}/show`,
              primary: (
                <>
                  {`${m.contract?.account?.name ?? ''} · ${m.contract?.title ?? ''}`}{' '}
                  {m.escalationLevel !== null && (
                    <Chip
                      size="small"
                      color="error"
                      label={translate('trident.desk.escalation_level', { n: m.escalationLevel })}
                      data-testid="escalation-level"
                    />
                  )}
                </>
              ),
              secondary: `${translate(`trident.milestone_kinds.${m.kind}`)}${
                m.site ? ` · ${m.site}` : ''
              } · ${translate('trident.milestone.due')} ${formatDate(m.due, locale)} · ${formatMoney(m.open, locale)}`,
              alert: true,
            }))}
          />
          <DeskList
            title="trident.desk.payment_chains"
            items={data.chains.nodes.map((run) => {
              const current =
                run.steps.find((s) => s.status !== 'PASSED' && s.status !== 'SKIPPED') ?? null;
              return {
                key: run.id,
                to: `/processRuns/${run.id}/show`,
                primary: `${run.account?.name ?? ''} · ${run.title}`,
                secondary: current
                  ? `${current.name} · ${translate(`trident.run_step_statuses.${current.status}`)} · ${translate(
                      'trident.desk.days',
                      { n: current.daysInStatus },
                    )}`
                  : undefined,
                alert: current?.status === 'BLOCKED',
              };
            })}
          />
        </>
      )}
    </WidgetCard>
  );
}
