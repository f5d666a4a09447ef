/**
 * The deal in the customer's chain (客户决策链): a run as the chain view draws it, the deal's
 * chain, the preview of a run before it starts, and the verbs that start a run and insert an
 * unplanned step. The process-run page spreads CHAIN_RUN into its own fragment.
 */
import { graphql } from '../gql';

export const CHAIN_STEP = graphql(`
  fragment ChainStep on ProcessRunStep {
    id
    position
    name
    status
    since
    typicalDays
    daysInStatus
    daysLate
    version
    expectedStart
    expectedFinish
    startedAt
    finishedAt
    outOfOrder
    unplanned
    planNote
    ownerRole
    owner {
      id
      name
    }
    gaps
    blockReason
    blockerContact {
      id
      name
    }
    approverContact {
      id
      name
      title
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
  }
`);

export const CHAIN_RUN = graphql(`
  fragment ChainRun on ProcessRun {
    id
    accountId
    title
    status
    startedAt
    finishedAt
    forecastFinish
    baselineFinish
    varianceDays
    daysLate
    currentStep {
      id
    }
    template {
      id
      name
      kind
      accountId
    }
    steps {
      ...ChainStep
    }
    plans {
      id
      cause
      added
      skipped
      reopened
      note
      at
    }
  }
`);

/** The deal's chain, and its open relationship tasks: a gap badge links to its task. */
export const DEAL_CHAIN = graphql(`
  query DealChain($id: ID!) {
    opportunity(id: $id) {
      id
      accountId
      name
      expectedCloseDate
      chain {
        daysLate
        closeAtRisk
        gaps
        forecastFinish
        currentStep {
          id
          name
          expectedFinish
          owner {
            id
            name
          }
          approverContact {
            id
            name
          }
          approverOrgUnit {
            id
            name
          }
        }
        runs {
          ...ChainRun
        }
      }
    }
    gapTasks: tasks(
      filter: {
        opportunityId: $id
        kind: RELATIONSHIP
        statuses: [PROPOSED, ACKNOWLEDGED, IN_PROGRESS, SUBMITTED, REWORK]
      }
      first: 200
    ) {
      nodes {
        id
        gapStepId
        gapKind
      }
    }
  }
`);

/** The processes a run can follow: the account's own and the global ones. */
export const CHAIN_TEMPLATES = graphql(`
  query ChainTemplates($accountId: ID!) {
    processTemplates(filter: { accountId: $accountId, includeGlobal: true }, first: 200) {
      nodes {
        id
        name
        kind
        accountId
      }
    }
  }
`);

/** What the deal would go through under a template, computed without saving anything. */
export const PLAN_RUN = graphql(`
  query PlanRun($input: PlanRunInput!) {
    planRun(input: $input) {
      subjectName
      amount
      currency
      productLines
      region
      expectedCloseDate
      template {
        id
        name
        kind
      }
      steps {
        id
        position
        name
        typicalDays
        ownerRole
        gaps
        expectedStart
        expectedFinish
        owner {
          id
          name
        }
        approverContact {
          id
          name
          title
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
      }
    }
  }
`);

export const START_PROCESS_RUN = graphql(`
  mutation StartProcessRun($input: StartProcessRunInput!) {
    startProcessRun(input: $input) {
      id
      title
    }
  }
`);

export const INSERT_RUN_STEP = graphql(`
  mutation InsertRunStep($runId: ID!, $input: InsertRunStepInput!) {
    insertRunStep(runId: $runId, input: $input) {
      id
      name
    }
  }
`);
