// The GraphQL documents of the mixed workload. The desks are the console's own documents
// (console/src/dashboards/desks.graphql.ts), the rest what its lists and the war room ask for.

export const SALES_DESK = `query SalesDesk($thin: Float!, $escalations: EscalationFilterInput!) {
  blocked: blockedSteps(first: 5) {
    totalCount nodes { id runId name daysInStatus blockReason blockerContact { name } }
  }
  escalations(filter: $escalations, first: 5) {
    totalCount nodes { id level summary account { id name } }
  }
  thin: coverageByAccount(decisionCoverageBelow: $thin, first: 5) {
    totalCount nodes { accountId decisionCoverage decisionContactsTotal account { id name } }
  }
}`;

export const MY_DEALS = `query MyDeals($owner: ID!) {
  opportunities(first: 20, filter: { ownerIds: [$owner], open: true },
                orderBy: [{ field: EXPECTED_CLOSE, direction: ASC }]) {
    totalCount
    nodes {
      id name version amount { amount currency } expectedCloseDate daysInStage
      stage { nameEn } account { id name }
      nextStep { id title due status }
    }
  }
}`;

export const SOLUTION_DESK = `query SolutionDesk($deals: OpportunityFilter!, $solution: TaskFilter!,
    $bid: TaskFilter!, $trials: ActivityFilter!, $gatekeepers: ContactFilter!, $needs: FeedbackFilter!) {
  deals: opportunities(filter: $deals, first: 5) {
    totalCount nodes { id name daysInStage stage { nameEn nameZh } account { name } }
  }
  solution: tasks(filter: $solution, first: 1) { totalCount }
  bid: tasks(filter: $bid, first: 1) { totalCount }
  trials: activities(filter: $trials, first: 1) { totalCount }
  gatekeepers: contacts(filter: $gatekeepers, first: 8) {
    totalCount nodes { id name title stance account { id name } }
  }
  needs: feedbacks(filter: $needs, first: 1) { totalCount }
}`;

export const DELIVERY_DESK = `query DeliveryDesk($contracts: ContractFilter!, $milestones: MilestoneFilter!,
    $tasks: TaskFilter!, $negative: FeedbackFilter!) {
  contracts(filter: $contracts, first: 1) { totalCount }
  milestones: paymentMilestones(filter: $milestones, first: 6) {
    totalCount nodes { id contractId kind site due status contract { title } }
  }
  tasks(filter: $tasks, first: 1) { totalCount }
  negative: feedbacks(filter: $negative, first: 3) {
    totalCount nodes { id severity text account { name } }
  }
}`;

export const FINANCE_DESK = `query FinanceDesk($week: PaymentFilter!, $chains: ProcessRunFilter!) {
  overdue: paymentMilestones(filter: { overdue: true }, first: 8) {
    totalCount
    nodes {
      id contractId kind site due escalationLevel open { amount currency }
      contract { title account { name } }
    }
  }
  week: paymentTotals(filter: $week) { currency count amount }
  chains: processRuns(filter: $chains, first: 5) {
    totalCount nodes { id title account { name } steps { id name status daysInStatus } }
  }
}`;

export const MANAGER_DESK = `query ManagerDesk {
  levels: escalationLevels(filter: { status: OPEN }) { level count }
  flags: targetAdjustments(filter: { flagged: true }, first: 5) {
    totalCount nodes { id period fromRevenue toRevenue reason user { name } }
  }
  handovers { id status fromUser { name } toUser { name } progress { total done } }
}`;

export const ADMIN_DESK = `query AdminDesk($today: AuditEventFilter!) {
  users(first: 1) { totalCount }
  departed: users(first: 1, filter: { status: DEPARTED }) { totalCount }
  funnelStages { id }
  processTemplates(first: 1) { totalCount }
  internalResources { id active }
  escalationRules { id active }
  apiTokens { id revokedAt }
  audit: auditEvents(filter: $today, first: 8) {
    totalCount nodes { id action entity at actor { name } }
  }
}`;

export const ACCOUNTS = `query Accounts($offset: Int) {
  accounts(first: 25, offset: $offset, orderBy: [{ field: NAME, direction: ASC }]) {
    totalCount
    nodes {
      id name tier region industry quadrant lifecycleStage relationshipLevel
      potential { amount currency } owner { id name }
    }
  }
}`;

export const VISIBLE_ACCOUNTS = `query VisibleAccounts {
  accounts(first: 500) { nodes { id } }
}`;

export const FUNNEL = `query Funnel($filter: FunnelFilter) {
  funnel(filter: $filter) {
    currency totalDeals openAmount weightedOpenAmount
    stages {
      stageId reached amount weightedAmount currentCount currentAmount conversionToNext
      stage { nameEn probability }
    }
  }
}`;

export const ORG_CHART = `query OrgChart($accountId: ID!) {
  orgChart(accountId: $accountId) {
    account { id name }
    units { id name kind parentId }
    contacts {
      id name title level orgUnitId reportsToId influence stance buyingRoles
      relationshipOwner { id name }
    }
    influences { id fromContactId toContactId strength }
  }
}`;

export const TIMELINE = `query Timeline($accountId: ID!) {
  timeline(accountId: $accountId, first: 20) {
    totalCount
    nodes {
      id kind at actor { name }
      activity { id kind summary nextSteps }
      stageChange { id fromStage { nameEn } toStage { nameEn } note }
    }
  }
}`;

export const OPPORTUNITY = `query Opportunity($id: ID!) {
  opportunity(id: $id) { id version stageId }
}`;

export const MOVE_OPPORTUNITY = `mutation Move($id: ID!, $stageId: ID!, $version: Int!) {
  moveOpportunity(id: $id, stageId: $stageId, version: $version) { id version stageId }
}`;

export const CREATE_ACTIVITY = `mutation LogActivity($input: CreateActivityInput!) {
  createActivity(input: $input) { id }
}`;

export const CREATE_TASK = `mutation CreateTask($input: CreateTaskInput!) {
  createTask(input: $input) { id version status }
}`;

export const MY_OPEN_TASKS = `query MyTasks($filter: TaskFilter!) {
  tasks(filter: $filter, first: 20) { nodes { id version status } }
}`;

const TASK_FIELDS = '{ id version status }';
export const TASK_MOVES = {
  acknowledge: `mutation($id: ID!, $version: Int!) { acknowledgeTask(id: $id, version: $version) ${TASK_FIELDS} }`,
  start: `mutation($id: ID!, $version: Int!) { startTask(id: $id, version: $version) ${TASK_FIELDS} }`,
  submit: `mutation($id: ID!, $version: Int!, $note: String) { submitTask(id: $id, version: $version, note: $note) ${TASK_FIELDS} }`,
  review: `mutation($id: ID!, $version: Int!, $input: ReviewTaskInput!) { reviewTask(id: $id, version: $version, input: $input) ${TASK_FIELDS} }`,
};

export const REPORT_FEEDBACK = `mutation Report($input: ReportFeedbackInput!) {
  reportFeedback(input: $input) { id }
}`;

export const UNACKNOWLEDGED_FEEDBACK = `query Unacknowledged($filter: FeedbackFilter!) {
  feedbacks(filter: $filter, first: 20) { nodes { id } }
}`;

export const ACKNOWLEDGE_FEEDBACK = `mutation Ack($id: ID!) {
  acknowledgeFeedback(id: $id) { id acknowledgedAt }
}`;

export const OPEN_MILESTONES = `query OpenMilestones {
  invoiced: paymentMilestones(filter: { stage: INVOICED }, first: 100) {
    nodes { id open { amount } }
  }
  partial: paymentMilestones(filter: { stage: PARTIALLY_PAID }, first: 100) {
    nodes { id open { amount } }
  }
}`;

export const RECORD_PAYMENT = `mutation Pay($milestoneId: ID!, $amount: Decimal!, $paidAt: LocalDate!,
    $reference: String, $key: String!) {
  recordPayment(milestoneId: $milestoneId, amount: $amount, paidAt: $paidAt,
                reference: $reference, idempotencyKey: $key) { id milestoneId amount }
}`;
