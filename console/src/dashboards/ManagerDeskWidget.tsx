import { useQuery } from '@tanstack/react-query';
import { useLocaleState, useTranslate } from 'react-admin';
import { useApi } from '../providers/api';
import { formatAmount } from '../resources/money';
import { CountRow, CountTile } from './CountTile';
import { managerDesk } from './desks';
import { MANAGER_DESK } from './desks.graphql';
import { DeskList } from './DeskList';
import { WidgetCard } from './WidgetCard';

/**
 * The manager's steering desk: escalations by how far up the chain they went, target
 * changes flagged for a closer look (seed 001: do not whip the fast ox), handovers under way.
 */
export function ManagerDeskWidget() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const api = useApi();
  const { data, isPending, error } = useQuery({
    queryKey: ['desk', 'manager'],
    queryFn: () => api.query(MANAGER_DESK),
  });
  const links = managerDesk.links;
  const inProgress = data?.handovers.filter((h) => h.status === 'IN_PROGRESS') ?? [];
  // Levels 1–3 always show, so an empty level reads as zero rather than missing.
  const levels = data
    ? [1, 2, 3, ...data.levels.map((l) => l.level).filter((l) => l > 3)].map((level) => ({
        level,
        count: data.levels.find((l) => l.level === level)?.count ?? 0,
      }))
    : [];
  return (
    <WidgetCard
      title="trident.desk.manager"
      testId="manager-desk"
      isPending={isPending}
      error={error}
      empty={false}
    >
      {data && (
        <>
          <CountRow>
            {levels.map(({ level, count }) => (
              <CountTile
                key={level}
                value={count}
                label={`trident.desk.escalations_level_${Math.min(level, 3)}`}
                to={links.level(level)}
                testId={`count-escalations-level-${level}`}
                alert={level > 1}
                caption={
                  level > 3 ? translate('trident.desk.escalation_level', { n: level }) : null
                }
              />
            ))}
            <CountTile
              value={data.flags.totalCount}
              label="trident.desk.target_flags"
              to={links.flags}
              testId="count-target-flags"
              alert
            />
            <CountTile
              value={inProgress.length}
              label="trident.desk.handovers_in_progress"
              to={links.handovers}
              testId="count-handovers"
            />
          </CountRow>
          <DeskList
            title="trident.desk.target_flags"
            items={data.flags.nodes.map((flag) => ({
              key: flag.id,
              to: links.flags,
              primary: `${flag.user?.name ?? ''} · ${flag.period}: ${formatAmount(
                flag.fromRevenue,
                locale,
              )} → ${formatAmount(flag.toRevenue, locale)}`,
              secondary: flag.reason,
              alert: true,
            }))}
          />
          <DeskList
            title="trident.desk.handovers_in_progress"
            items={inProgress.map((h) => ({
              key: h.id,
              to: `/handovers/${h.id}/show`,
              primary: `${h.fromUser?.name ?? ''} → ${h.toUser?.name ?? ''}`,
              secondary: translate('trident.desk.handover_progress', {
                done: h.progress.done,
                total: h.progress.total,
              }),
            }))}
          />
        </>
      )}
    </WidgetCard>
  );
}
