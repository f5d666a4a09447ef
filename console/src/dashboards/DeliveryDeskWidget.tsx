import { useQuery } from '@tanstack/react-query';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatDate } from '../formats/dates';
import { useApi } from '../providers/api';
import { CountRow, CountTile } from './CountTile';
import { deliveryDesk } from './desks';
import { DELIVERY_DESK } from './desks.graphql';
import { DeskList } from './DeskList';
import { WidgetCard } from './WidgetCard';

/**
 * The FR's desk: contracts still being delivered, the sites and acceptance milestones
 * ahead, my delivery tasks and what the field complains about (seed 002: acceptance is what
 * the money waits for).
 */
export function DeliveryDeskWidget() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const desk = deliveryDesk();
  const api = useApi();
  const { data, isPending, error } = useQuery({
    queryKey: ['desk', 'delivery'],
    queryFn: () => api.query(DELIVERY_DESK, desk.variables),
  });
  return (
    <WidgetCard
      title="trident.desk.delivery"
      testId="delivery-desk"
      isPending={isPending}
      error={error}
      empty={false}
    >
      {data && (
        <>
          <CountRow>
            <CountTile
              value={data.contracts.totalCount}
              label="trident.desk.contracts_in_delivery"
              to={desk.links.contracts}
              testId="count-contracts-in-delivery"
            />
            <CountTile
              value={data.milestones.totalCount}
              label="trident.desk.acceptance_ahead"
              to={desk.links.milestones}
              testId="count-acceptance-ahead"
            />
            <CountTile
              value={data.tasks.totalCount}
              label="trident.desk.delivery_tasks"
              to={desk.links.tasks}
              testId="count-delivery-tasks"
            />
            <CountTile
              value={data.negative.totalCount}
              label="trident.desk.negative_feedback"
              to={desk.links.negative}
              testId="count-negative-feedback"
              alert
            />
          </CountRow>
          <DeskList
            title="trident.desk.acceptance_ahead"
            items={data.milestones.nodes.map((m) => ({
              key: m.id,
              to: `/contracts/${m.contractId}/show`,
              primary: `${m.contract?.title ?? ''} · ${translate(`trident.milestone_kinds.${m.kind}`)}${
                m.site ? ` · ${m.site}` : ''
              }`,
              secondary: `${translate('trident.milestone.due')} ${formatDate(m.due, locale)}`,
              alert: m.status === 'OVERDUE',
            }))}
          />
          <DeskList
            title="trident.desk.negative_feedback"
            items={data.negative.nodes.map((f) => ({
              key: f.id,
              to: `/feedbacks?filter=${encodeURIComponent(JSON.stringify({ kind: 'NEGATIVE' }))}`,
              primary: f.text,
              secondary: `${f.account?.name ?? ''} · ${translate(`trident.feedback_severities.${f.severity}`)}`,
              alert: f.severity === 'CRITICAL',
            }))}
          />
        </>
      )}
    </WidgetCard>
  );
}
