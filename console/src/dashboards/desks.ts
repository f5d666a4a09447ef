/**
 * The variables of each role's desk reads (desks.graphql.ts) and, next to each number, the
 * list filter that shows the rows behind it — the same filter the count was taken with.
 */
import { solutionStageIds } from '@trident/domain';
import type {
  AdminDeskQueryVariables,
  DeliveryDeskQueryVariables,
  DeskStagesQuery,
  FinanceDeskQueryVariables,
  NeedsMeTodayQueryVariables,
  SalesDeskQueryVariables,
  SolutionDeskQueryVariables,
  TaskKind,
} from '../gql/graphql';
import { dueSoonBefore, OPEN_TASK_STATUSES, startOfDay } from '../resources/execution-inputs';
import { listUrl } from '../resources/list-url';

/** Decision coverage below which an account's relationships count as thin (seed 003). */
export const THIN_COVERAGE = 0.5;

/** The Monday of a calendar day's week (a Sunday belongs to the week before). */
export function mondayOf(day: string): string {
  const at = new Date(`${day}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() - ((at.getUTCDay() + 6) % 7));
  return at.toISOString().slice(0, 10);
}

const openTasks = (kind: TaskKind) => ({ mine: true, kind, statuses: OPEN_TASK_STATUSES });

// ——— SALES (AR) ———

/** `userId`: whose deals past their close date the desk counts (the list's owner filter). */
export function salesDesk(userId: string) {
  const closeDatePassed = { open: true, closeDatePassed: true };
  return {
    variables: (): SalesDeskQueryVariables => ({
      thin: THIN_COVERAGE,
      escalations: { mine: true, status: 'OPEN' },
      closeDatePassed: { ...closeDatePassed, ownerIds: [userId] },
    }),
    links: {
      blocked: listUrl('blockedSteps'),
      escalations: listUrl('escalations', { mine: true, status: 'OPEN' }),
      // Every thin account, not only the few the desk names.
      thin: listUrl('accounts', { decisionCoverageBelow: THIN_COVERAGE }),
      closeDatePassed: listUrl('opportunities', { ...closeDatePassed, ownerId: userId }),
    },
  };
}

// ——— TECHNICAL (SR) ———

/** Trials are the visit log's TRIAL entries of the last 30 days. */
export function solutionDesk(userId: string, stages: DeskStagesQuery['funnelStages'], now: Date) {
  const filters: SolutionDeskQueryVariables = {
    deals: { stageIds: solutionStageIds(stages), open: true, teamMemberId: userId },
    solution: openTasks('SOLUTION'),
    bid: openTasks('BID'),
    trials: { kind: 'TRIAL', from: startOfDay(now, -30).toISOString() },
    gatekeepers: { buyingRole: 'TECHNICAL_GATEKEEPER', status: 'ACTIVE' },
    needs: { kind: 'NEW_NEED' },
  };
  return {
    variables: filters,
    links: {
      deals: listUrl('opportunities', filters.deals),
      solution: listUrl('tasks', filters.solution),
      bid: listUrl('tasks', filters.bid),
      trials: listUrl('activities', filters.trials),
      gatekeepers: listUrl('contacts', filters.gatekeepers),
      needs: listUrl('feedbacks', filters.needs),
    },
  };
}

// ——— DELIVERY (FR) ———

export function deliveryDesk() {
  const filters: DeliveryDeskQueryVariables = {
    contracts: { inDelivery: true },
    // Delivery and acceptance still ahead: not yet invoiced, due today or later (the API's
    // "today", in the company's time zone) — never the past.
    milestones: {
      kinds: ['ON_DELIVERY', 'ON_ACCEPTANCE', 'PER_SITE'],
      stage: 'PLANNED',
      ahead: true,
    },
    tasks: openTasks('DELIVERY'),
    negative: { kind: 'NEGATIVE' },
  };
  return {
    variables: filters,
    links: {
      contracts: listUrl('contracts', filters.contracts),
      milestones: listUrl('paymentMilestones', filters.milestones),
      tasks: listUrl('tasks', filters.tasks),
      negative: listUrl('feedbacks', filters.negative),
    },
  };
}

// ——— FINANCE ———

/**
 * `today` is the company's business day: "this week" is the money that arrived since its
 * Monday (the day paid, not the day someone entered it: a payment entered late is not new money).
 */
export function financeDesk(today: string) {
  const filters: FinanceDeskQueryVariables = {
    overdue: { overdue: true },
    week: { paidFrom: mondayOf(today) },
    chains: { subjectType: 'CONTRACT', status: 'RUNNING' },
  };
  return {
    variables: filters,
    links: {
      overdue: listUrl('paymentMilestones', filters.overdue),
      week: listUrl('payments', filters.week),
      chains: listUrl('processRuns', filters.chains),
    },
  };
}

// ——— MANAGER ———

export const managerDesk = {
  links: {
    level: (level: number) => listUrl('escalations', { status: 'OPEN', level }),
    flags: listUrl('targetAdjustments', { flagged: true }),
    handovers: listUrl('handovers', { status: 'IN_PROGRESS' }),
  },
};

// ——— ADMIN ———

export function adminDesk(now: Date) {
  const today = { from: startOfDay(now).toISOString() };
  const variables: AdminDeskQueryVariables = { today };
  return {
    variables,
    links: {
      users: listUrl('users'),
      departed: listUrl('users', { status: 'DEPARTED' }),
      funnelStages: listUrl('funnelStages'),
      processTemplates: listUrl('processTemplates'),
      internalResources: listUrl('internalResources', { active: true }),
      escalationRules: listUrl('escalationRules', { active: true }),
      apiTokens: listUrl('apiTokens', { status: 'active' }),
      audit: listUrl('auditEvents', today),
    },
  };
}

// ——— everyone: what needs me today ———

/**
 * My open tasks already late, due later today and due tomorrow, each counted by the API,
 * and the soonest few to click; feedback waiting for my acknowledgement.
 */
export function needsMeTodayVariables(now: Date): NeedsMeTodayQueryVariables {
  const mine = { mine: true, statuses: OPEN_TASK_STATUSES };
  const at = (date: Date) => date.toISOString();
  return {
    overdue: { ...mine, dueBefore: at(now) },
    today: { ...mine, dueAfter: at(now), dueBefore: at(startOfDay(now, 1)) },
    tomorrow: { ...mine, dueAfter: at(startOfDay(now, 1)), dueBefore: at(dueSoonBefore(now)) },
    soon: { ...mine, dueBefore: at(dueSoonBefore(now)) },
    feedback: { mine: true, acknowledged: false },
  };
}

/** Each of today's numbers opens the tasks (or feedback) it counted, not one shared list. */
export function needsMeTodayLinks(variables: NeedsMeTodayQueryVariables) {
  return {
    overdue: listUrl('tasks', variables.overdue ?? {}),
    today: listUrl('tasks', variables.today ?? {}),
    tomorrow: listUrl('tasks', variables.tomorrow ?? {}),
    feedback: listUrl('feedbacks', variables.feedback ?? {}),
  };
}
