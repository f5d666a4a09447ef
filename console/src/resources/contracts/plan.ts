/** The standard four-stage payment plan (seed 002) and its arithmetic. */
import type { MilestoneInput } from '../../gql/graphql';

export type PlanRow = Pick<MilestoneInput, 'kind' | 'share' | 'due'>;

/** Down payment, delivery, acceptance, warranty retention: 30/40/25/5 by default. */
export const STANDARD_PLAN: readonly { kind: PlanRow['kind']; share: number; afterDays: number }[] =
  [
    { kind: 'DOWN_PAYMENT', share: 30, afterDays: 30 },
    { kind: 'ON_DELIVERY', share: 40, afterDays: 120 },
    { kind: 'ON_ACCEPTANCE', share: 25, afterDays: 210 },
    { kind: 'WARRANTY_RETENTION', share: 5, afterDays: 575 },
  ];

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function standardPlan(signedAt: string): PlanRow[] {
  return STANDARD_PLAN.map(({ kind, share, afterDays }) => ({
    kind,
    share: String(share),
    due: addDays(signedAt, afterDays),
  }));
}

/** Sum of shares in hundredths, so 12.5 + 87.5 is exactly 100. */
export function shareTotal(rows: readonly { share: string }[]): number {
  const cents = rows.reduce((sum, row) => sum + Math.round(Number(row.share || 0) * 100), 0);
  return cents / 100;
}

/**
 * What the plan editor opens with: the contract's saved plan when it has one (one per site, or
 * its stages with their own shares and days), else the standard plan from the signing day. An
 * editor that opened on the defaults would overwrite every custom day on the next save.
 */
export function planToEdit(
  signedAt: string,
  milestones: readonly {
    kind: PlanRow['kind'];
    share: string | number;
    due: string;
    site?: string | null;
    position: number;
  }[],
): { mode: 'standard' | 'perSite'; rows: PlanRow[]; firstDue: string } {
  const saved = [...milestones].sort((a, b) => a.position - b.position);
  if (!saved.length)
    return { mode: 'standard', rows: standardPlan(signedAt), firstDue: addDays(signedAt, 30) };
  if (saved.every((m) => m.site))
    return { mode: 'perSite', rows: standardPlan(signedAt), firstDue: saved[0]!.due };
  return {
    mode: 'standard',
    rows: saved.map((m) => ({ kind: m.kind, share: String(Number(m.share)), due: m.due })),
    firstDue: addDays(signedAt, 30),
  };
}
