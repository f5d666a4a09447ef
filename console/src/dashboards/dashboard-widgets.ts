import { canAccessResource, canRun, type Role } from '@trident/domain';

/**
 * Which widgets a signed-in person's dashboard shows. The pipeline widgets belong to the
 * account managers' and managers' dashboards; every widget also needs the operation
 * behind it in the shared access matrix, so a role never sees a widget that would fail.
 */
export const WIDGETS = {
  // The account manager's day starts with what is due and what waits for them (seed 000).
  needsMe: { roles: ['SALES'], operation: 'Query.tasks' },
  // Each role's desk: the numbers that need them today, each opening its list.
  salesDesk: { roles: ['SALES'], operation: 'Query.blockedSteps' },
  solutionDesk: { roles: ['TECHNICAL'], operation: 'Query.opportunities' },
  deliveryDesk: { roles: ['DELIVERY'], operation: 'Query.contracts' },
  financeDesk: { roles: ['FINANCE'], operation: 'Query.paymentTotals' },
  managerDesk: { roles: ['MANAGER'], operation: 'Query.escalationLevels' },
  adminDesk: { roles: ['ADMIN'], operation: 'Query.auditEvents' },
  funnel: { roles: ['SALES', 'MANAGER'], operation: 'Query.funnel' },
  coverage: { roles: ['SALES', 'MANAGER'], operation: 'Query.pipelineCoverage' },
  diagnosis: { roles: ['SALES', 'MANAGER'], operation: 'Query.funnelDiagnosis' },
  // Where deals wait (issue 21): time in stage for the pipeline's people, velocity per owner
  // for the manager; the stalled deals page opens from the first.
  stageTime: { roles: ['SALES', 'MANAGER'], operation: 'Query.timeInStage' },
  velocity: { roles: ['MANAGER'], operation: 'Query.dealVelocity' },
  ackTimes: { roles: ['MANAGER'], operation: 'Query.feedbackAckTimes' },
  // The account risk register (issue 20): the manager's line's risks by exposure.
  topRisks: { roles: ['MANAGER'], operation: 'Query.risks' },
  // The customer's voice (issue 20): the accounts whose customers are least happy first.
  customerVoice: { roles: ['MANAGER'], operation: 'Query.surveyScores' },
  // Collections (seeds 002, 003): the finance desk's battle map and aging.
  battleMap: { roles: ['FINANCE'], operation: 'Query.battleMap' },
  aging: { roles: ['FINANCE'], operation: 'Query.collectionAging' },
  // Success: the manager steers revenue and the renewals coming up.
  revenue: { roles: ['MANAGER'], operation: 'Query.revenueSummary' },
  renewals: { roles: ['MANAGER'], operation: 'Query.renewals' },
  // Delivery: acceptance milestones that still lack evidence.
  deliveryEvidence: { roles: ['DELIVERY'], operation: 'Query.paymentMilestones' },
  matrix: { roles: null, operation: 'Query.accountMatrix' },
} as const satisfies Record<string, { roles: readonly Role[] | null; operation: string }>;

export type WidgetKey = keyof typeof WIDGETS;

export function dashboardWidgets(roles: readonly Role[]): WidgetKey[] {
  return (Object.keys(WIDGETS) as WidgetKey[]).filter((key) => {
    const widget = WIDGETS[key];
    const forRole = widget.roles === null || roles.some((r) => widget.roles.includes(r as never));
    // The matrix is about accounts: only for those who have the accounts page.
    const accounts = key !== 'matrix' || canAccessResource(roles, 'accounts', 'list');
    return forRole && accounts && canRun(roles, widget.operation);
  });
}

/** Periods the dashboard offers: this year, this quarter, this month and last year. */
export function periodChoices(now: Date): string[] {
  const year = now.getFullYear();
  const quarter = Math.floor(now.getMonth() / 3) + 1;
  const month = String(now.getMonth() + 1).padStart(2, '0');
  return [`${year}`, `${year}-Q${quarter}`, `${year}-${month}`, `${year - 1}`];
}
