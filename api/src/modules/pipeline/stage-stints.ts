import type { DataSource } from 'typeorm';
import type { StageStint } from './stage-time.types';

/** Each deal's stints in order, from its stage history: the deal page's time in stage. */
export async function loadStageStints(
  db: DataSource,
  opportunityIds: readonly string[],
): Promise<StageStint[][]> {
  const rows: {
    opportunity_id: string;
    stage_id: string;
    entered: Date;
    left_at: Date | null;
    terminal: boolean;
  }[] = await db.query(
    `SELECT sc.opportunity_id, sc.to_stage_id AS stage_id, sc.at AS entered,
            lead(sc.at) OVER (PARTITION BY sc.opportunity_id ORDER BY sc.at, sc.id) AS left_at,
            s.is_won OR s.is_lost AS terminal
       FROM stage_change sc JOIN funnel_stage s ON s.id = sc.to_stage_id
      WHERE sc.opportunity_id = ANY($1::uuid[])
      ORDER BY sc.opportunity_id, sc.at, sc.id`,
    [opportunityIds],
  );
  const now = Date.now();
  const byDeal = new Map<string, StageStint[]>();
  for (const r of rows) {
    const stints = byDeal.get(r.opportunity_id) ?? [];
    const end = r.left_at?.getTime() ?? now;
    stints.push({
      stageId: r.stage_id,
      enteredAt: r.entered,
      leftAt: r.left_at,
      days: r.terminal ? null : Math.round(((end - r.entered.getTime()) / 86_400_000) * 10) / 10,
    });
    byDeal.set(r.opportunity_id, stints);
  }
  return opportunityIds.map((id) => byDeal.get(id) ?? []);
}
