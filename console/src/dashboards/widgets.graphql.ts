/** The chart and list widgets of the home page, one read each. */
import { graphql } from '../gql';

export const FUNNEL = graphql(`
  query Funnel($filter: FunnelFilter) {
    funnel(filter: $filter) {
      currency
      totalDeals
      openAmount
      weightedOpenAmount
      stages {
        reached
        amount
        weightedAmount
        currentCount
        currentAmount
        conversionToNext
        stage {
          ...StageRefFields
        }
      }
    }
  }
`);

export const STAGE_REF_FIELDS = graphql(`
  fragment StageRefFields on FunnelStage {
    id
    code
    nameZh
    nameEn
    probability
    position
    isWon
    isLost
  }
`);

export const FUNNEL_DIAGNOSIS = graphql(`
  query FunnelDiagnosis($period: Period) {
    funnelDiagnosis(period: $period) {
      teamSize
      deals
      weakness
      reading
      readingZh
      training
      trainingZh
      owner {
        id
        name
      }
      weakStage {
        ...StageRefFields
      }
      steps {
        reached
        conversion
        teamMedian
        relative
        stage {
          ...StageRefFields
        }
      }
    }
  }
`);

export const ACCOUNT_MATRIX = graphql(`
  query AccountMatrix {
    accountMatrix {
      cells {
        quadrant
        count
        accounts {
          id
          name
          potential {
            amount
          }
          relationshipLevel
        }
      }
      unclassified
    }
  }
`);

export const PIPELINE_COVERAGE = graphql(`
  query PipelineCoverage($period: Period!) {
    pipelineCoverage(period: $period) {
      period
      byOwner {
        ...CoverageLineFields
      }
      byAccount {
        ...CoverageLineFields
      }
    }
  }
`);

export const COVERAGE_LINE_FIELDS = graphql(`
  fragment CoverageLineFields on CoverageLine {
    target
    won
    remaining
    pipeline
    weightedPipeline
    coverage
    weightedCoverage
    riskMargin
    belowMargin
    stages {
      stageId
      riskMargin
      pipeline
      needed
      belowMargin
      stage {
        id
        nameZh
        nameEn
      }
    }
    owner {
      id
      name
    }
    account {
      id
      name
    }
  }
`);

export const BATTLE_MAP = graphql(`
  query BattleMap($filter: BattleMapFilter) {
    battleMap(filter: $filter) {
      contractAmount
      due
      paid
      open
      overdue
      nextDue
      overdueMilestones
      evidenceChecked
      evidenceRequired
      currency
      contract {
        id
        title
      }
      account {
        id
        name
      }
      heldBy {
        milestone {
          id
          kind
          site
          due
        }
        step {
          id
          name
          status
          daysLate
          ownerRole
          owner {
            id
            name
          }
          approverContact {
            id
            name
            stance
            relationshipOwner {
              id
              name
            }
          }
          approverOrgUnit {
            id
            name
          }
          run {
            id
            title
          }
        }
      }
    }
  }
`);

export const COLLECTION_AGING = graphql(`
  query CollectionAging($groupBy: AgingGroup, $asOf: LocalDate) {
    collectionAging(groupBy: $groupBy, asOf: $asOf) {
      key
      region
      currency
      notDue
      days0to30
      days31to60
      days61to90
      over90
      outstanding
      dso
      account {
        id
        name
      }
      owner {
        id
        name
      }
    }
  }
`);

export const REVENUE_SUMMARY = graphql(`
  query RevenueSummary($from: Period!, $to: Period!, $granularity: RevenueGranularity) {
    revenueSummary(from: $from, to: $to, granularity: $granularity, groupBy: NONE) {
      key
      periodStart
      recurring
      new
      expansion
      churned
      churnedAccounts
      contraction
      annualRecurring
      total
      cumulative
    }
  }
`);

export const RENEWALS = graphql(`
  query Renewals($dueWithinDays: Int, $first: Int) {
    renewals(dueWithinDays: $dueWithinDays, first: $first) {
      nodes {
        id
        accountId
        contractId
        expectedSignDate
        status
        newNeeds
        amount {
          amount
          currency
        }
        account {
          id
          name
        }
      }
      totalCount
    }
  }
`);

/** Delivery and acceptance evidence still to collect, on milestones not yet invoiced. */
export const EVIDENCE_MILESTONES = graphql(`
  query EvidenceMilestones($filter: MilestoneFilter, $first: Int) {
    paymentMilestones(filter: $filter, first: $first) {
      nodes {
        ...PaymentMilestoneFields
        contract {
          id
          title
          account {
            id
            name
          }
        }
      }
      totalCount
    }
  }
`);

export const FEEDBACK_ACK_TIMES = graphql(`
  query FeedbackAckTimes($from: DateTime, $to: DateTime) {
    feedbackAckTimes(from: $from, to: $to) {
      reported
      acknowledged
      waiting
      medianMinutes
      p90Minutes
      user {
        id
        name
      }
    }
  }
`);

/**
 * The "needs me today" counts: my open tasks already late, due later today and due
 * tomorrow, each counted by the API (totalCount), and the soonest few to click.
 */
export const NEEDS_ME_TODAY = graphql(`
  query NeedsMeToday(
    $overdue: TaskFilter
    $today: TaskFilter
    $tomorrow: TaskFilter
    $soon: TaskFilter
    $feedback: FeedbackFilter
  ) {
    overdue: tasks(filter: $overdue, first: 1) {
      totalCount
    }
    today: tasks(filter: $today, first: 1) {
      totalCount
    }
    tomorrow: tasks(filter: $tomorrow, first: 1) {
      totalCount
    }
    soonest: tasks(filter: $soon, first: 5) {
      nodes {
        id
        title
        due
        overdue
        status
        account {
          id
          name
        }
      }
    }
    feedback: feedbacks(filter: $feedback, first: 1) {
      totalCount
    }
  }
`);
