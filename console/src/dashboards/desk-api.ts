/**
 * The "what needs me today?" reads of each role's desk: one request per desk, every number a
 * `totalCount` (or an aggregate) computed by the API, and next to each number the list filter
 * that shows the rows behind it — the same filter the count was taken with.
 */
import { solutionStageIds, type StageCriterion } from '@trident/domain';
import { OPEN_TASK_STATUSES, startOfDay } from '../providers/execution-inputs';

type Filter = Record<string, unknown>;

/** A react-admin list URL with its filter set. */
export const listUrl = (resource: string, filter: Filter = {}) =>
  Object.keys(filter).length
    ? `/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`
    : `/${resource}`;

/** Decision coverage below which an account's relationships count as thin (seed 003). */
export const THIN_COVERAGE = 0.5;

/** Monday 00:00 of `now`'s week, local time: "this week" for the finance desk. */
export function startOfWeek(now: Date): Date {
  const sinceMonday = (now.getDay() + 6) % 7;
  return startOfDay(now, -sinceMonday);
}

const openTasks = (kind: string) => ({ mine: true, kind, statuses: OPEN_TASK_STATUSES });

export interface Count {
  totalCount: number;
}

// ——— SALES (AR) ———

export const SALES_DESK = /* GraphQL */ `
  query SalesDesk($thin: Float!, $escalations: EscalationFilterInput!) {
    blocked: blockedSteps(first: 5) {
      totalCount
      nodes {
        id
        runId
        name
        daysInStatus
        blockReason
        blockerContact {
          name
        }
      }
    }
    escalations(filter: $escalations, first: 5) {
      totalCount
      nodes {
        id
        level
        summary
        account {
          id
          name
        }
      }
    }
    thin: coverageByAccount(decisionCoverageBelow: $thin, first: 5) {
      totalCount
      nodes {
        accountId
        decisionCoverage
        decisionContactsTotal
        account {
          id
          name
        }
      }
    }
  }
`;

export interface SalesDesk {
  blocked: Count & {
    nodes: {
      id: string;
      runId: string;
      name: string;
      daysInStatus: number;
      blockReason: string | null;
      blockerContact: { name: string } | null;
    }[];
  };
  escalations: Count & {
    nodes: {
      id: string;
      level: number;
      summary: string;
      account: { id: string; name: string } | null;
    }[];
  };
  thin: Count & {
    nodes: {
      accountId: string;
      decisionCoverage: number;
      decisionContactsTotal: number;
      account: { id: string; name: string } | null;
    }[];
  };
}

export const salesDesk = {
  variables: () => ({
    thin: THIN_COVERAGE,
    escalations: { mine: true, status: 'OPEN' },
  }),
  links: {
    blocked: listUrl('processRuns', { status: 'RUNNING' }),
    escalations: listUrl('escalations', { mine: true, status: 'OPEN' }),
    thin: (accountIds: string[]) => listUrl('accounts', { ids: accountIds }),
  },
};

// ——— TECHNICAL (SR) ———

export const STAGES = /* GraphQL */ `
  query DeskStages {
    funnelStages {
      id
      isWon
      isLost
      entryCriteria
    }
  }
`;

export interface DeskStages {
  funnelStages: { id: string; isWon: boolean; isLost: boolean; entryCriteria: StageCriterion[] }[];
}

export const SOLUTION_DESK = /* GraphQL */ `
  query SolutionDesk(
    $deals: OpportunityFilter!
    $solution: TaskFilter!
    $bid: TaskFilter!
    $trials: ActivityFilter!
    $gatekeepers: ContactFilter!
    $needs: FeedbackFilter!
  ) {
    deals: opportunities(filter: $deals, first: 5) {
      totalCount
      nodes {
        id
        name
        daysInStage
        stage {
          nameEn
          nameZh
        }
        account {
          name
        }
      }
    }
    solution: tasks(filter: $solution, first: 1) {
      totalCount
    }
    bid: tasks(filter: $bid, first: 1) {
      totalCount
    }
    trials: activities(filter: $trials, first: 1) {
      totalCount
    }
    gatekeepers: contacts(filter: $gatekeepers, first: 8) {
      totalCount
      nodes {
        id
        name
        title
        stance
        account {
          id
          name
        }
      }
    }
    needs: feedbacks(filter: $needs, first: 1) {
      totalCount
    }
  }
`;

export interface SolutionDesk {
  deals: Count & {
    nodes: {
      id: string;
      name: string;
      daysInStage: number;
      stage: { nameEn: string; nameZh: string };
      account: { name: string } | null;
    }[];
  };
  solution: Count;
  bid: Count;
  trials: Count;
  gatekeepers: Count & {
    nodes: {
      id: string;
      name: string;
      title: string | null;
      stance: string | null;
      account: { id: string; name: string } | null;
    }[];
  };
  needs: Count;
}

/** Trials are the visit log's TRIAL entries of the last 30 days. */
export function solutionDesk(userId: string, stages: DeskStages['funnelStages'], now: Date) {
  const filters = {
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

export const DELIVERY_DESK = /* GraphQL */ `
  query DeliveryDesk(
    $contracts: ContractFilter!
    $milestones: MilestoneFilter!
    $tasks: TaskFilter!
    $negative: FeedbackFilter!
  ) {
    contracts(filter: $contracts, first: 1) {
      totalCount
    }
    milestones: paymentMilestones(filter: $milestones, first: 6) {
      totalCount
      nodes {
        id
        contractId
        kind
        site
        due
        status
        contract {
          title
        }
      }
    }
    tasks(filter: $tasks, first: 1) {
      totalCount
    }
    negative: feedbacks(filter: $negative, first: 3) {
      totalCount
      nodes {
        id
        severity
        text
        account {
          name
        }
      }
    }
  }
`;

export interface DeliveryDesk {
  contracts: Count;
  milestones: Count & {
    nodes: {
      id: string;
      contractId: string;
      kind: string;
      site: string | null;
      due: string;
      status: string;
      contract: { title: string } | null;
    }[];
  };
  tasks: Count;
  negative: Count & {
    nodes: { id: string; severity: string; text: string; account: { name: string } | null }[];
  };
}

export function deliveryDesk() {
  const filters = {
    contracts: { inDelivery: true },
    // Delivery and acceptance still ahead: not yet invoiced.
    milestones: { kinds: ['ON_DELIVERY', 'ON_ACCEPTANCE', 'PER_SITE'], stage: 'PLANNED' },
    tasks: openTasks('DELIVERY'),
    negative: { kind: 'NEGATIVE' },
  };
  return {
    variables: filters,
    links: {
      contracts: listUrl('contracts', filters.contracts),
      milestones: listUrl('contracts', filters.contracts),
      tasks: listUrl('tasks', filters.tasks),
      negative: listUrl('feedbacks', filters.negative),
    },
  };
}

// ——— FINANCE ———

export const FINANCE_DESK = /* GraphQL */ `
  query FinanceDesk($week: PaymentFilter!, $chains: ProcessRunFilter!) {
    overdue: paymentMilestones(filter: { overdue: true }, first: 8) {
      totalCount
      nodes {
        id
        contractId
        kind
        site
        due
        escalationLevel
        open {
          amount
          currency
        }
        contract {
          title
          account {
            name
          }
        }
      }
    }
    week: paymentTotals(filter: $week) {
      currency
      count
      amount
    }
    chains: processRuns(filter: $chains, first: 5) {
      totalCount
      nodes {
        id
        title
        account {
          name
        }
        steps {
          id
          name
          status
          daysInStatus
        }
      }
    }
  }
`;

export interface FinanceDesk {
  overdue: Count & {
    nodes: {
      id: string;
      contractId: string;
      kind: string;
      site: string | null;
      due: string;
      escalationLevel: number | null;
      open: { amount: string; currency: string } | null;
      contract: { title: string; account: { name: string } | null } | null;
    }[];
  };
  week: { currency: string; count: number; amount: string | null }[];
  chains: Count & {
    nodes: {
      id: string;
      title: string;
      account: { name: string } | null;
      steps: { id: string; name: string; status: string; daysInStatus: number }[];
    }[];
  };
}

export function financeDesk(now: Date) {
  const filters = {
    week: { recordedFrom: startOfWeek(now).toISOString() },
    chains: { subjectType: 'CONTRACT', status: 'RUNNING' },
  };
  return {
    variables: filters,
    links: {
      overdue: listUrl('contracts', { overdue: true }),
      week: listUrl('payments', filters.week),
      chains: listUrl('processRuns', filters.chains),
    },
  };
}

// ——— MANAGER ———

export const MANAGER_DESK = /* GraphQL */ `
  query ManagerDesk {
    levels: escalationLevels(filter: { status: OPEN }) {
      level
      count
    }
    flags: targetAdjustments(filter: { flagged: true }, first: 5) {
      totalCount
      nodes {
        id
        period
        fromRevenue
        toRevenue
        reason
        user {
          name
        }
      }
    }
    handovers {
      id
      status
      fromUser {
        name
      }
      toUser {
        name
      }
      progress {
        total
        done
      }
    }
  }
`;

export interface ManagerDesk {
  levels: { level: number; count: number }[];
  flags: Count & {
    nodes: {
      id: string;
      period: string;
      fromRevenue: string | null;
      toRevenue: string;
      reason: string;
      user: { name: string } | null;
    }[];
  };
  handovers: {
    id: string;
    status: string;
    fromUser: { name: string } | null;
    toUser: { name: string } | null;
    progress: { total: number; done: number };
  }[];
}

export const managerDesk = {
  links: {
    level: (level: number) => listUrl('escalations', { status: 'OPEN', level }),
    flags: listUrl('salesTargets'),
    handovers: listUrl('handovers'),
  },
};

// ——— ADMIN ———

export const ADMIN_DESK = /* GraphQL */ `
  query AdminDesk($today: AuditEventFilter!) {
    users(first: 1) {
      totalCount
    }
    departed: users(first: 1, filter: { status: DEPARTED }) {
      totalCount
    }
    funnelStages {
      id
    }
    processTemplates(first: 1) {
      totalCount
    }
    internalResources {
      id
      active
    }
    escalationRules {
      id
      active
    }
    apiTokens {
      id
      revokedAt
    }
    audit: auditEvents(filter: $today, first: 8) {
      totalCount
      nodes {
        id
        action
        entity
        at
        actor {
          name
        }
      }
    }
  }
`;

export interface AdminDesk {
  users: Count;
  departed: Count;
  funnelStages: { id: string }[];
  processTemplates: Count;
  internalResources: { id: string; active: boolean }[];
  escalationRules: { id: string; active: boolean }[];
  apiTokens: { id: string; revokedAt: string | null }[];
  audit: Count & {
    nodes: {
      id: string;
      action: string;
      entity: string;
      at: string;
      actor: { name: string } | null;
    }[];
  };
}

export function adminDesk(now: Date) {
  const today = { from: startOfDay(now).toISOString() };
  return {
    variables: { today },
    links: {
      users: listUrl('users'),
      departed: listUrl('users', { status: 'DEPARTED' }),
      funnelStages: listUrl('funnelStages'),
      processTemplates: listUrl('processTemplates'),
      internalResources: listUrl('internalResources'),
      escalationRules: listUrl('escalationRules'),
      apiTokens: listUrl('apiTokens'),
      audit: listUrl('auditEvents', today),
    },
  };
}
