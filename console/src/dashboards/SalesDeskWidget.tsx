import { useQuery } from '@tanstack/react-query';
import { useGetIdentity, useTranslate } from 'react-admin';
import { useApi } from '../providers/api';
import { formatPercent } from '../resources/money';
import { CountRow, CountTile } from './CountTile';
import { salesDesk } from './desks';
import { SALES_DESK } from './desks.graphql';
import { DeskList } from './DeskList';
import { WidgetCard } from './WidgetCard';
import { CoolingDeskList } from '../rhythm/CoolingList';

/**
 * What holds up my deals (seed 004: the customer's approval chain), what has been escalated
 * to me, and where my relationships are thin (seed 003) — the AR's second look of the day.
 */
export function SalesDeskWidget() {
  const translate = useTranslate();
  const api = useApi();
  const { data: identity } = useGetIdentity();
  const desk = salesDesk(identity?.id ? String(identity.id) : '');
  const { data, isPending, error } = useQuery({
    queryKey: ['desk', 'sales', identity?.id],
    enabled: !!identity?.id,
    queryFn: () => api.query(SALES_DESK, desk.variables()),
  });
  const links = desk.links;
  return (
    <WidgetCard
      title="trident.desk.sales"
      testId="sales-desk"
      isPending={isPending}
      error={error}
      empty={false}
    >
      {data && (
        <>
          <CountRow>
            <CountTile
              value={data.blocked.totalCount}
              label="trident.desk.blocked_steps"
              to={links.blocked}
              testId="count-blocked-steps"
              alert
            />
            <CountTile
              value={data.escalations.totalCount}
              label="trident.desk.escalations_on_me"
              to={links.escalations}
              testId="count-escalations-on-me"
              alert
            />
            <CountTile
              value={data.thin.totalCount}
              label="trident.desk.thin_coverage"
              to={links.thin}
              testId="count-thin-coverage"
            />
            <CountTile
              value={data.closeDatePassed.totalCount}
              label="trident.desk.close_date_passed"
              to={links.closeDatePassed}
              testId="count-close-date-passed"
              alert
            />
          </CountRow>
          <DeskList
            title="trident.desk.blocked_steps"
            items={data.blocked.nodes.map((step) => ({
              key: step.id,
              to: `/processRuns/${step.runId}/show`,
              primary: step.name,
              secondary: [
                translate('trident.desk.days', { n: step.daysInStatus }),
                step.blockerContact?.name,
                step.blockReason,
              ]
                .filter(Boolean)
                .join(' · '),
              alert: true,
            }))}
          />
          <DeskList
            title="trident.desk.thin_coverage"
            items={data.thin.nodes.map((row) => ({
              key: row.accountId,
              to: `/accounts/${row.accountId}/war-room`,
              primary: row.account?.name ?? row.accountId,
              secondary:
                row.decisionContactsTotal === 0
                  ? translate('trident.desk.no_decision_makers')
                  : translate('trident.desk.decision_coverage', {
                      share: formatPercent(row.decisionCoverage),
                    }),
            }))}
          />
          <CoolingDeskList />
        </>
      )}
    </WidgetCard>
  );
}
