/**
 * The war room's GraphQL documents (checked against api/schema.graphql) and their result
 * types. Each section runs its own query, so one failing section never blanks the page.
 */
import { GraphqlRequestError, postGraphql } from '../providers/graphql-client';
import type { MoneyValue } from '../resources/money';

export interface Named {
  id: string;
  name: string;
}

export interface StageRef {
  nameZh: string;
  nameEn: string;
}

// ---------------------------------------------------------------- header and team

export const WAR_ROOM_ACCOUNT = /* GraphQL */ `
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
`;

export interface TeamMember {
  id: string;
  teamRole: string;
  user: { id: string; name: string; email: string; status: string };
}

export interface WarRoomAccount {
  id: string;
  name: string;
  tier: string;
  region: string | null;
  industry: string | null;
  quadrant: string | null;
  serviceStage: string | null;
  relationshipLevel: number | null;
  lifecycleStage: string | null;
  owner: Named | null;
  team: TeamMember[];
}

// ---------------------------------------------------------------- coverage and key contacts

const KEY_CONTACT = `
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
`;

/**
 * Key decision contacts come from four server-side filters (decision makers, economic
 * buyers, executive and decision level), merged and ranked in war-room-logic.
 */
export const WAR_ROOM_COVERAGE = /* GraphQL */ `
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
      nodes { ${KEY_CONTACT} }
    }
    economicBuyers: contacts(
      filter: { accountId: $accountId, buyingRole: ECONOMIC_BUYER, status: ACTIVE }
      orderBy: [{ field: INFLUENCE, direction: DESC }]
      first: 20
    ) {
      nodes { ${KEY_CONTACT} }
    }
    executives: contacts(
      filter: { accountId: $accountId, level: EXECUTIVE, status: ACTIVE }
      orderBy: [{ field: INFLUENCE, direction: DESC }]
      first: 20
    ) {
      nodes { ${KEY_CONTACT} }
    }
    decisionLevel: contacts(
      filter: { accountId: $accountId, level: DECISION, status: ACTIVE }
      orderBy: [{ field: INFLUENCE, direction: DESC }]
      first: 20
    ) {
      nodes { ${KEY_CONTACT} }
    }
  }
`;

export interface KeyContact {
  id: string;
  name: string;
  title: string | null;
  level: string;
  influence: number;
  stance: string;
  buyingRoles: string[];
  orgUnit: Named | null;
  relationshipOwner: Named | null;
}

export interface Coverage {
  unitsTotal: number;
  unitsCovered: number;
  unitCoverage: number;
  decisionContactsTotal: number;
  decisionContactsCovered: number;
  decisionCoverage: number;
  contactsTotal: number;
  contactsCovered: number;
  uncoveredUnits: Named[];
  uncoveredContacts: { id: string; name: string; title: string | null; level: string }[];
  risingStarsWithoutOwner: { id: string; name: string; title: string | null }[];
  highInfluenceOpponents: {
    id: string;
    name: string;
    title: string | null;
    stance: string;
    influence: number;
  }[];
}

export interface WarRoomCoverage {
  relationshipCoverage: Coverage | null;
  decisionMakers: { nodes: KeyContact[] };
  economicBuyers: { nodes: KeyContact[] };
  executives: { nodes: KeyContact[] };
  decisionLevel: { nodes: KeyContact[] };
}

// ---------------------------------------------------------------- plan

export const WAR_ROOM_PLANS = /* GraphQL */ `
  query WarRoomPlans($accountId: ID!) {
    accountPlans(filter: { accountId: $accountId }, first: 100) {
      totalCount
      nodes {
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
    }
  }
`;

export interface PlanMilestone {
  id: string;
  task: string;
  due: string;
  done: boolean;
  position: number;
  floorTarget: string | null;
  owner: Named | null;
}

export interface WarRoomPlan {
  id: string;
  period: string;
  currency: string;
  strategy: string | null;
  relationshipStage: string | null;
  riskMargin: number;
  updatedAt: string;
  target: MoneyValue | null;
  milestones: PlanMilestone[];
}

// ---------------------------------------------------------------- opportunities

export const WAR_ROOM_OPPORTUNITIES = /* GraphQL */ `
  query WarRoomOpportunities($accountId: ID!) {
    opportunities(
      filter: { accountId: $accountId, open: true }
      orderBy: [{ field: EXPECTED_CLOSE, direction: ASC }]
      first: 50
    ) {
      totalCount
      nodes {
        id
        name
        currency
        expectedCloseDate
        daysInStage
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
      }
    }
  }
`;

export interface RunStep {
  id: string;
  position: number;
  name: string;
  status: string;
  daysInStatus: number;
  typicalDays: number;
  blockReason: string | null;
  blockerContact: Named | null;
}

export interface Run {
  id: string;
  title: string;
  status: string;
  steps: RunStep[];
}

export interface WarRoomOpportunity {
  id: string;
  name: string;
  currency: string;
  expectedCloseDate: string | null;
  daysInStage: number;
  amount: MoneyValue | null;
  stage: StageRef & { id: string; probability: number; isWon: boolean; isLost: boolean };
  owner: Named | null;
  processRuns: Run[];
}

// ---------------------------------------------------------------- contracts

export const WAR_ROOM_CONTRACTS = /* GraphQL */ `
  query WarRoomContracts($accountId: ID!) {
    contracts(filter: { accountId: $accountId }, first: 50) {
      totalCount
      nodes {
        id
        title
        kind
        signedAt
        currency
        amount {
          amount
          currency
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
    }
  }
`;

export interface ContractMilestone {
  id: string;
  kind: string;
  site: string | null;
  due: string;
  status: string;
  amount: MoneyValue | null;
  paid: MoneyValue | null;
  open: MoneyValue | null;
  evidence: { id: string; code: string; required: boolean; checkedAt: string | null }[];
}

export interface WarRoomContract {
  id: string;
  title: string;
  kind: string;
  signedAt: string;
  currency: string;
  amount: MoneyValue | null;
  milestones: ContractMilestone[];
}

// ---------------------------------------------------------------- timeline

export const TIMELINE_PAGE_SIZE = 20;

export const WAR_ROOM_TIMELINE = /* GraphQL */ `
  query WarRoomTimeline($accountId: ID!, $first: Int, $after: String) {
    timeline(accountId: $accountId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
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
      }
    }
  }
`;

export interface TimelineEntry {
  id: string;
  kind: 'ACTIVITY' | 'STAGE_CHANGE' | 'CLAIM_ATTEMPT';
  at: string;
  actor: Named | null;
  activity: {
    id: string;
    kind: string;
    summary: string;
    nextSteps: string | null;
    opportunity: Named | null;
    contacts: Named[];
  } | null;
  stageChange: {
    id: string;
    note: string | null;
    fromStage: StageRef | null;
    toStage: StageRef;
    opportunity: Named | null;
  } | null;
  claimAttempt: {
    id: string;
    claimedName: string;
    matchedOn: string;
    claimer: Named;
    winner: Named;
  } | null;
}

export interface TimelinePage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: TimelineEntry[];
}

// ---------------------------------------------------------------- fetchers

/**
 * An answer with a GraphQL error (FORBIDDEN, BAD_USER_INPUT…) will not change on a retry:
 * show it at once; only network failures are tried again, twice.
 */
export const retryNetworkErrors = (failures: number, error: unknown) =>
  !(error instanceof GraphqlRequestError && error.code) && failures < 2;

export const warRoomApi = {
  account: (id: string) =>
    postGraphql<{ account: WarRoomAccount | null }>(WAR_ROOM_ACCOUNT, { id }).then(
      (data) => data.account,
    ),
  coverage: (accountId: string) => postGraphql<WarRoomCoverage>(WAR_ROOM_COVERAGE, { accountId }),
  plans: (accountId: string) =>
    postGraphql<{ accountPlans: { totalCount: number; nodes: WarRoomPlan[] } }>(WAR_ROOM_PLANS, {
      accountId,
    }).then((data) => data.accountPlans.nodes),
  opportunities: (accountId: string) =>
    postGraphql<{ opportunities: { totalCount: number; nodes: WarRoomOpportunity[] } }>(
      WAR_ROOM_OPPORTUNITIES,
      { accountId },
    ).then((data) => data.opportunities),
  contracts: (accountId: string) =>
    postGraphql<{ contracts: { totalCount: number; nodes: WarRoomContract[] } }>(
      WAR_ROOM_CONTRACTS,
      { accountId },
    ).then((data) => data.contracts),
  timeline: (accountId: string, after: string | null) =>
    postGraphql<{ timeline: TimelinePage | null }>(WAR_ROOM_TIMELINE, {
      accountId,
      first: TIMELINE_PAGE_SIZE,
      after,
    }).then((data) => data.timeline),
};
