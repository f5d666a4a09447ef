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

/** What is wrong with one row before it is sent, as translation keys per field. */
export type RowErrors = { share?: string; due?: string };

/**
 * The editor's own checks, beside each row (the API checks again, and names the row as
 * `milestones.N.share`): a share is a percentage above 0 with at most two decimals, a due day
 * is given. Without them a blank date reached the API as "a value does not fit its type".
 */
export function planRowErrors(rows: readonly PlanRow[]): RowErrors[] {
  return rows.map((row) => {
    const errors: RowErrors = {};
    const share = String(row.share ?? '').trim();
    if (!share) errors.share = 'ra.validation.required';
    else if (!/^\d{1,3}(\.\d{1,2})?$/.test(share) || Number(share) <= 0)
      errors.share = 'trident.plan_editor.share_form';
    if (!row.due) errors.due = 'ra.validation.required';
    return errors;
  });
}

/** The row and field an API refusal names (`milestones.2.due`), or null. */
export function refusedRow(
  field: string | undefined,
): { index: number; key: keyof RowErrors } | null {
  const match = /^milestones\.(\d+)\.(share|due)$/.exec(field ?? '');
  return match ? { index: Number(match[1]), key: match[2] as keyof RowErrors } : null;
}
