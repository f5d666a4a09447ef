/**
 * The desks' reads: one request per desk, every number a `totalCount` (or an aggregate)
 * computed by the API. Each document is typed by codegen from the schema.
 */
import { graphql } from '../gql';

export const SALES_DESK = graphql(`
  query SalesDesk(
    $thin: Float!
    $escalations: EscalationFilterInput!
    $closeDatePassed: OpportunityFilter!
  ) {
    closeDatePassed: opportunities(filter: $closeDatePassed, first: 1) {
      totalCount
    }
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
`);

export const STAGES = graphql(`
  query DeskStages {
    funnelStages {
      id
      isWon
      isLost
      entryCriteria
    }
  }
`);

export const SOLUTION_DESK = graphql(`
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
`);

export const DELIVERY_DESK = graphql(`
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
`);

export const FINANCE_DESK = graphql(`
  query FinanceDesk($overdue: MilestoneFilter!, $week: PaymentFilter!, $chains: ProcessRunFilter!) {
    overdue: paymentMilestones(filter: $overdue, first: 8) {
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
`);

export const MANAGER_DESK = graphql(`
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
`);

export const ADMIN_DESK = graphql(`
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
      expiresAt
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
`);
