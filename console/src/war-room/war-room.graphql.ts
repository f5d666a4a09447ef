/**
 * The war room's documents. Each section runs its own query, so one failing section never
 * blanks the page; the fragments are the shapes war-room-logic works on.
 */
import { graphql } from '../gql';

export const WAR_ROOM_ACCOUNT = graphql(`
  query WarRoomAccount($id: ID!) {
    account(id: $id) {
      id
      name
      tier
      region
      industry
      quadrant
      serviceStage
      relationshipLevel
      lifecycleStage
      owner {
        id
        name
      }
      team {
        id
        teamRole
        user {
          id
          name
          email
          status
        }
      }
    }
  }
`);

export const WAR_ROOM_KEY_CONTACT = graphql(`
  fragment WarRoomKeyContact on Contact {
    id
    name
    title
    level
    influence
    stance
    buyingRoles
    orgUnit {
      id
      name
    }
    relationshipOwner {
      id
      name
    }
  }
`);

/**
 * Key decision contacts come from four server-side filters (decision makers, economic
 * buyers, executive and decision level), merged and ranked in war-room-logic.
 */
export const WAR_ROOM_COVERAGE = graphql(`
  query WarRoomCoverage($accountId: ID!) {
    relationshipCoverage(accountId: $accountId) {
      unitsTotal
      unitsCovered
      unitCoverage
      decisionContactsTotal
      decisionContactsCovered
      decisionCoverage
      contactsTotal
      contactsCovered
      uncoveredUnits {
        id
        name
      }
      uncoveredContacts {
        id
        name
        title
        level
      }
      risingStarsWithoutOwner {
        id
        name
        title
      }
      highInfluenceOpponents {
        id
        name
        title
        stance
        influence
      }
    }
    decisionMakers: contacts(
      filter: { accountId: $accountId, buyingRole: DECISION_MAKER, status: ACTIVE }
      orderBy: [{ field: INFLUENCE, direction: DESC }]
      first: 20
    ) {
      nodes {
        ...WarRoomKeyContact
      }
    }
    economicBuyers: contacts(
      filter: { accountId: $accountId, buyingRole: ECONOMIC_BUYER, status: ACTIVE }
      orderBy: [{ field: INFLUENCE, direction: DESC }]
      first: 20
    ) {
      nodes {
        ...WarRoomKeyContact
      }
    }
    executives: contacts(
      filter: { accountId: $accountId, level: EXECUTIVE, status: ACTIVE }
      orderBy: [{ field: INFLUENCE, direction: DESC }]
      first: 20
    ) {
      nodes {
        ...WarRoomKeyContact
      }
    }
    decisionLevel: contacts(
      filter: { accountId: $accountId, level: DECISION, status: ACTIVE }
      orderBy: [{ field: INFLUENCE, direction: DESC }]
      first: 20
    ) {
      nodes {
        ...WarRoomKeyContact
      }
    }
  }
`);

export const WAR_ROOM_PLAN = graphql(`
  fragment WarRoomPlan on AccountPlan {
    id
    period
    currency
    strategy
    relationshipStage
    riskMargin
    updatedAt
    target {
      amount
      currency
    }
    milestones {
      id
      task
      due
      done
      position
      floorTarget
      owner {
        id
        name
      }
    }
  }
`);

export const WAR_ROOM_PLANS = graphql(`
  query WarRoomPlans($accountId: ID!) {
    accountPlans(filter: { accountId: $accountId }, first: 100) {
      totalCount
      nodes {
        ...WarRoomPlan
      }
    }
  }
`);

export const WAR_ROOM_RUN = graphql(`
  fragment WarRoomRun on ProcessRun {
    id
    title
    status
    steps {
      id
      position
      name
      status
      daysInStatus
      typicalDays
      blockReason
      blockerContact {
        id
        name
      }
    }
  }
`);

export const WAR_ROOM_OPPORTUNITIES = graphql(`
  query WarRoomOpportunities($accountId: ID!) {
    opportunities(
      filter: { accountId: $accountId, open: true }
      orderBy: [{ field: EXPECTED_CLOSE, direction: ASC }]
      first: 50
    ) {
      totalCount
      nodes {
        id
        accountId
        name
        currency
        expectedCloseDate
        daysInStage
        chain {
          daysLate
          closeAtRisk
          gaps
        }
        amount {
          amount
          currency
        }
        stage {
          id
          nameZh
          nameEn
          probability
          isWon
          isLost
        }
        owner {
          id
          name
        }
        processRuns {
          ...WarRoomRun
        }
      }
    }
  }
`);

export const WAR_ROOM_CONTRACT = graphql(`
  fragment WarRoomContract on Contract {
    id
    title
    kind
    signedAt
    currency
    amount {
      amount
      currency
    }
    collection {
      currency
      paid
      open
      overdue
      overdueMilestones
      nextDue
      evidenceChecked
      evidenceRequired
    }
    milestones {
      id
      kind
      site
      due
      status
      amount {
        amount
        currency
      }
      paid {
        amount
        currency
      }
      open {
        amount
        currency
      }
      evidence {
        id
        code
        required
        checkedAt
      }
    }
  }
`);

export const WAR_ROOM_CONTRACTS = graphql(`
  query WarRoomContracts($accountId: ID!) {
    contracts(filter: { accountId: $accountId }, first: 50) {
      totalCount
      nodes {
        ...WarRoomContract
      }
    }
  }
`);

export const TIMELINE_PAGE_SIZE = 20;

export const WAR_ROOM_TIMELINE_ENTRY = graphql(`
  fragment WarRoomTimelineEntry on TimelineEntry {
    id
    kind
    at
    actor {
      id
      name
    }
    activity {
      id
      kind
      summary
      nextSteps
      opportunity {
        id
        name
      }
      contacts {
        id
        name
      }
    }
    stageChange {
      id
      note
      fromStage {
        nameZh
        nameEn
      }
      toStage {
        nameZh
        nameEn
      }
      opportunity {
        id
        name
      }
    }
    claimAttempt {
      id
      claimedName
      matchedOn
      claimer {
        id
        name
      }
      winner {
        id
        name
      }
    }
    feedback {
      id
      kind
      severity
      text
      surveyScore
    }
    task {
      id
      title
      kind
      reviewScore
    }
    paymentMilestone {
      id
      contractId
      kind
      site
      paid {
        amount
        currency
      }
      contract {
        id
        title
      }
    }
    escalation {
      id
      summary
      level
      status
    }
    contract {
      id
      title
      kind
      amount {
        amount
        currency
      }
    }
    risk {
      id
      title
      source
      exposure
      status
    }
  }
`);

export const WAR_ROOM_TIMELINE = graphql(`
  query WarRoomTimeline($accountId: ID!, $first: Int, $after: String, $kinds: [TimelineKind!]) {
    timeline(accountId: $accountId, first: $first, after: $after, kinds: $kinds) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...WarRoomTimelineEntry
      }
    }
  }
`);
