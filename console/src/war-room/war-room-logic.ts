/**
 * Pure helpers of the war room page (tested in war-room-logic.test.ts), over the shapes of
 * war-room.graphql.ts as codegen types them.
 */
import { parsePeriod } from '@trident/domain';
import type {
  WarRoomAccountQuery,
  WarRoomContractFragment,
  WarRoomCoverageQuery,
  WarRoomKeyContactFragment as KeyContact,
  WarRoomPlanFragment as WarRoomPlan,
  WarRoomRunFragment as Run,
  WarRoomTimelineEntryFragment as TimelineEntry,
  WarRoomTimelineQuery,
  WarRoomContractFragment as WarRoomContract,
} from '../gql/graphql';

export type { KeyContact, Run, TimelineEntry, WarRoomContract, WarRoomPlan };
export type WarRoomAccount = NonNullable<WarRoomAccountQuery['account']>;
export type TeamMember = WarRoomAccount['team'][number];
export type RunStep = Run['steps'][number];
export type ContractMilestone = WarRoomContractFragment['milestones'][number];
export type PlanMilestone = WarRoomPlan['milestones'][number];
export type WarRoomCoverage = WarRoomCoverageQuery;
export type Coverage = NonNullable<WarRoomCoverageQuery['relationshipCoverage']>;
export type TimelinePage = NonNullable<WarRoomTimelineQuery['timeline']>;

// ---------------------------------------------------------------- approval chains

const FINISHED = new Set(['PASSED', 'SKIPPED']);

export const orderedSteps = (steps: readonly RunStep[]): RunStep[] =>
  [...steps].sort((a, b) => a.position - b.position);

/**
 * Where a run stands: the index (in position order) of the first step that is neither
 * passed nor skipped; -1 when every step is through or the run is no longer running.
 */
export function currentStepIndex(run: { status: string; steps: readonly RunStep[] }): number {
  if (run.status !== 'RUNNING') return -1;
  return orderedSteps(run.steps).findIndex((step) => !FINISHED.has(step.status));
}

export type StepTone = 'passed' | 'skipped' | 'current' | 'blocked' | 'pending';

/** How a step is drawn: blocked red wherever it is, the current one highlighted. */
export function stepTone(step: RunStep, isCurrent: boolean): StepTone {
  if (step.status === 'BLOCKED') return 'blocked';
  if (step.status === 'PASSED') return 'passed';
  if (step.status === 'SKIPPED') return 'skipped';
  return isCurrent ? 'current' : 'pending';
}

/** A step held longer than it usually takes (the escalation rule's signal). */
export const stepLate = (step: RunStep): boolean =>
  !FINISHED.has(step.status) && step.typicalDays > 0 && step.daysInStatus > step.typicalDays;

// ---------------------------------------------------------------- contracts

export interface ContractSummary {
  currency: string;
  /** null when the caller's role does not see amounts */
  amount: number | null;
  paid: number | null;
  open: number | null;
  overdue: number | null;
  milestones: number;
  paidMilestones: number;
  overdueMilestones: number;
  nextDue: string | null;
  evidenceChecked: number;
  evidenceRequired: number;
}

const figure = (amount: string | null | undefined) =>
  amount === null || amount === undefined ? null : Number(amount);

/**
 * Per contract: paid, still open and overdue as the API sums them (`Contract.collection`,
 * its battle map line: SQL, at the API's today) — the browser adds nothing up. Amounts stay
 * null when the role does not see them (TECHNICAL, DELIVERY); counts always show.
 */
export function contractSummary(contract: WarRoomContract): ContractSummary {
  const { collection } = contract;
  return {
    currency: contract.amount?.currency ?? collection.currency,
    amount: figure(contract.amount?.amount),
    paid: figure(collection.paid),
    open: figure(collection.open),
    overdue: figure(collection.overdue),
    milestones: contract.milestones.length,
    paidMilestones: contract.milestones.filter((m) => m.status === 'PAID').length,
    overdueMilestones: collection.overdueMilestones,
    nextDue: collection.nextDue ?? null,
    evidenceChecked: collection.evidenceChecked,
    evidenceRequired: collection.evidenceRequired,
  };
}

/** Share of the contract collected, 0–1; null when amounts are hidden or there is none. */
export function collectedShare(summary: ContractSummary): number | null {
  if (summary.paid === null || summary.open === null) return null;
  const total = summary.paid + summary.open;
  return total > 0 ? summary.paid / total : null;
}

/** Contracts with overdue money first, then the most open. */
export function contractOrder(
  contracts: readonly WarRoomContract[],
): { contract: WarRoomContract; summary: ContractSummary }[] {
  return contracts
    .map((contract) => ({ contract, summary: contractSummary(contract) }))
    .sort(
      (a, b) =>
        b.summary.overdueMilestones - a.summary.overdueMilestones ||
        (b.summary.overdue ?? 0) - (a.summary.overdue ?? 0) ||
        (b.summary.open ?? 0) - (a.summary.open ?? 0) ||
        b.contract.signedAt.localeCompare(a.contract.signedAt),
    );
}

/** How many milestone chips a contract shows in the war room before "+N more". */
export const MILESTONE_CHIPS = 12;

const NEEDS_ATTENTION: Record<string, number> = { OVERDUE: 0, PARTIALLY_PAID: 1, INVOICED: 2 };

/**
 * The milestones a contract shows as chips, by due date: at most `limit`, those that need
 * attention (overdue, partly paid, invoiced) before the merely planned or paid, so a
 * contract of hundreds of sites stays a few lines; `hidden` counts the rest.
 */
export function shownMilestones<M extends { due: string; status: string }>(
  milestones: readonly M[],
  limit = MILESTONE_CHIPS,
): { shown: M[]; hidden: number } {
  const byDue = [...milestones].sort((a, b) => a.due.localeCompare(b.due));
  if (byDue.length <= limit) return { shown: byDue, hidden: 0 };
  const rank = (m: M) => NEEDS_ATTENTION[m.status] ?? 3;
  const picked = new Set(
    byDue
      .map((m, index) => ({ m, index }))
      .sort((a, b) => rank(a.m) - rank(b.m) || a.index - b.index)
      .slice(0, limit)
      .map(({ m }) => m),
  );
  return { shown: byDue.filter((m) => picked.has(m)), hidden: byDue.length - limit };
}

// ---------------------------------------------------------------- plan

/**
 * The plan to steer by: among plans whose period has begun, the one that began last
 * (a running quarter beats the year it sits in), the most recently updated on a tie;
 * when none has begun, the soonest upcoming one.
 */
export function pickLatestPlan(plans: readonly WarRoomPlan[], now: Date): WarRoomPlan | null {
  const ranked = plans.map((plan) => ({ plan, range: parsePeriod(plan.period) }));
  const start = (r: (typeof ranked)[number]) => r.range?.from.getTime() ?? 0;
  const begun = ranked.filter((r) => start(r) <= now.getTime());
  if (begun.length > 0) {
    begun.sort((a, b) => start(b) - start(a) || b.plan.updatedAt.localeCompare(a.plan.updatedAt));
    return begun[0]!.plan;
  }
  const upcoming = [...ranked].sort((a, b) => start(a) - start(b));
  return upcoming[0]?.plan ?? null;
}

export type MilestoneState = 'done' | 'overdue' | 'open';

export function planMilestoneState(m: PlanMilestone, today: string): MilestoneState {
  if (m.done) return 'done';
  return m.due < today ? 'overdue' : 'open';
}

export const orderedPlanMilestones = (milestones: readonly PlanMilestone[]): PlanMilestone[] =>
  [...milestones].sort((a, b) => a.position - b.position || a.due.localeCompare(b.due));

// ---------------------------------------------------------------- people

const DECISION_LEVELS = new Set(['EXECUTIVE', 'DECISION']);

/** Key decision contacts from the four filtered lists: once each, most influential first. */
export function mergeKeyContacts(data: WarRoomCoverage, limit = 10): KeyContact[] {
  const byId = new Map<string, KeyContact>();
  for (const list of [
    data.decisionMakers,
    data.economicBuyers,
    data.executives,
    data.decisionLevel,
  ])
    for (const contact of list.nodes) if (!byId.has(contact.id)) byId.set(contact.id, contact);
  const isDecisionMaker = (c: KeyContact) => (c.buyingRoles.includes('DECISION_MAKER') ? 1 : 0);
  return [...byId.values()]
    .sort(
      (a, b) =>
        b.influence - a.influence ||
        isDecisionMaker(b) - isDecisionMaker(a) ||
        a.name.localeCompare(b.name),
    )
    .slice(0, limit);
}

/** Decision and executive level people nobody of ours keeps a relationship with. */
export const uncoveredDecisionContacts = (coverage: Coverage) =>
  coverage.uncoveredContacts.filter((c) => DECISION_LEVELS.has(c.level));

// ---------------------------------------------------------------- timeline

/** The loaded pages as one newest-first list (a repeated entry is shown once). */
export function flattenTimeline(pages: readonly (TimelinePage | null)[]): TimelineEntry[] {
  const seen = new Set<string>();
  const entries: TimelineEntry[] = [];
  for (const page of pages)
    for (const entry of page?.nodes ?? []) {
      const key = `${entry.kind}:${entry.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      entries.push(entry);
    }
  return entries;
}
