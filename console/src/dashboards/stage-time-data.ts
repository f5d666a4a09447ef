import type { DeskDealVelocityQuery, DeskTimeInStageQuery } from '../gql/graphql';

export type StageTimeRow = DeskTimeInStageQuery['timeInStage'][number];
export type VelocityRow = DeskDealVelocityQuery['dealVelocity'][number];
export type StageTimeStage = NonNullable<StageTimeRow['stage']>;
export type StageGroupBy = 'NONE' | 'OWNER' | 'TEAM';

/** One line of the time-in-stage table: a group (an owner, a team, everyone) across the stages. */
export interface StageTimeLine {
  key: string;
  label: string;
  /** By stage id. */
  cells: Map<string, StageTimeRow>;
  openDeals: number;
}

/**
 * Time in stage as a table: the stages in funnel order as columns, one line per group. A
 * group's label is the owner's name, the team lead's name (`teams`: manager id → name), or
 * `allLabel`; the groups with the most deals waiting come first.
 */
export function stageTimeTable(
  rows: readonly StageTimeRow[],
  teams: ReadonlyMap<string, string>,
  allLabel: string,
): { stages: StageTimeStage[]; lines: StageTimeLine[] } {
  const stages = new Map<string, StageTimeStage>();
  const lines = new Map<string, StageTimeLine>();
  for (const row of rows) {
    if (row.stage) stages.set(row.stageId, row.stage);
    const label =
      row.key === 'ALL' ? allLabel : (row.owner?.name ?? teams.get(row.key) ?? row.key.slice(0, 8));
    const line = lines.get(row.key) ?? { key: row.key, label, cells: new Map(), openDeals: 0 };
    line.cells.set(row.stageId, row);
    line.openDeals += row.openDeals;
    lines.set(row.key, line);
  }
  return {
    stages: [...stages.values()].sort((a, b) => a.position - b.position),
    lines: [...lines.values()].sort(
      (a, b) => b.openDeals - a.openDeals || a.label.localeCompare(b.label, 'zh'),
    ),
  };
}

/** Team keys to look up: with TEAM, every key but ALL is a manager's id. */
export const teamKeys = (rows: readonly { key: string }[]) => [
  ...new Set(rows.map((r) => r.key).filter((key) => key !== 'ALL')),
];

/**
 * How long deals wait in a stage against the longest wait of the table, 0–1: the cell's
 * shade. The median wait of the deals there now, else the median of the stays that ended.
 */
export function waitShare(cell: StageTimeRow | undefined, slowest: number): number {
  const days = cell?.openMedianDays ?? cell?.medianDays ?? null;
  if (days === null || slowest <= 0) return 0;
  return Math.min(1, days / slowest);
}

export const slowestDays = (rows: readonly StageTimeRow[]) =>
  Math.max(0, ...rows.map((r) => r.openMedianDays ?? r.medianDays ?? 0));

/** Velocity lines, fastest money first; groups with nothing won yet at the end. */
export const velocityOrder = (rows: readonly VelocityRow[]) =>
  [...rows].sort(
    (a, b) =>
      (b.perDay === null ? -1 : Number(b.perDay)) - (a.perDay === null ? -1 : Number(a.perDay)) ||
      b.openDeals - a.openDeals,
  );

/** Days as people read them: one decimal under ten, whole days above. */
export function formatDays(days: number | null | undefined): string {
  if (days === null || days === undefined) return '—';
  return days < 10 ? String(Math.round(days * 10) / 10) : String(Math.round(days));
}
