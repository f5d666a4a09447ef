import { gql, type ApolloClient, type NormalizedCacheObject } from '@apollo/client';
import {
  BOARD_CARD_FIELDS,
  FUNNEL_STAGE_FIELDS,
  SALES_TARGET_FIELDS,
  TARGET_ADJUSTMENT_FIELDS,
} from '../resources/pipeline.fields';

/** Pipeline and planning calls that are not CRUD: domain verbs and analytics reads. */

export interface Money {
  amount: string;
  currency: string;
}

export interface FunnelStageRecord {
  id: string;
  code: string;
  nameZh: string;
  nameEn: string;
  probability: number;
  position: number;
  isWon: boolean;
  isLost: boolean;
  entryCriteria: string[];
  weakness: string | null;
  active: boolean;
  version: number;
}

export interface BoardCard {
  id: string;
  name: string;
  accountId: string;
  account: { id: string; name: string } | null;
  stageId: string;
  daysInStage: number;
  expectedCloseDate: string | null;
  owner: { id: string; name: string } | null;
  /** null for roles that do not see amounts. */
  amount: Money | null;
  version: number;
}

export interface BoardFilter {
  search?: string;
  accountId?: string;
  ownerIds?: string[];
}

export interface BoardData {
  stages: FunnelStageRecord[];
  open: { nodes: BoardCard[]; totalCount: number };
  closed: { nodes: BoardCard[]; totalCount: number };
}

/** Closed deals pile up; the board shows the latest of them. */
export const BOARD_CLOSED_LIMIT = 60;
export const BOARD_OPEN_LIMIT = 500;

const BOARD = gql`
  query Board($open: OpportunityFilter, $closed: OpportunityFilter, $openFirst: Int, $closedFirst: Int) {
    stages: funnelStages { ${FUNNEL_STAGE_FIELDS} }
    open: opportunities(filter: $open, first: $openFirst, orderBy: [{ field: STAGE_ENTERED_AT, direction: ASC }]) {
      nodes { ${BOARD_CARD_FIELDS} }
      totalCount
    }
    closed: opportunities(filter: $closed, first: $closedFirst, orderBy: [{ field: UPDATED_AT, direction: DESC }]) {
      nodes { ${BOARD_CARD_FIELDS} }
      totalCount
    }
  }
`;

const MOVE_OPPORTUNITY = gql`
  mutation MoveOpportunity($id: ID!, $stageId: ID!, $version: Int!, $note: String, $contractAmount: Decimal) {
    moveOpportunity(id: $id, stageId: $stageId, version: $version, note: $note, contractAmount: $contractAmount) {
      ${BOARD_CARD_FIELDS}
    }
  }
`;

export interface ConvertLeadInput {
  name?: string;
  amount?: Money;
  expectedCloseDate?: string;
  overrideReason?: string;
}

export interface ConvertLeadResult {
  lead: { id: string; status: string; version: number };
  opportunity: { id: string; name: string };
  overridden: string[];
}

const CONVERT_LEAD = gql`
  mutation ConvertLead($id: ID!, $input: ConvertLeadInput) {
    convertLead(id: $id, input: $input) {
      lead {
        id
        status
        version
      }
      opportunity {
        id
        name
      }
      overridden
    }
  }
`;

const DISQUALIFY_LEAD = gql`
  mutation DisqualifyLead($id: ID!, $reason: String!, $version: Int!) {
    disqualifyLead(id: $id, reason: $reason, version: $version) {
      id
      status
      version
    }
  }
`;

export interface TargetAdjustmentRecord {
  id: string;
  targetId: string;
  userId: string;
  period: string;
  fromRevenue: string | null;
  toRevenue: string;
  reason: string;
  wonAtChange: string;
  flagged: boolean;
  at: string;
  user: { id: string; name: string } | null;
  actor: { id: string; name: string } | null;
}

export interface TargetChangeResult {
  flagged: boolean;
  target: { id: string; revenue: string; version: number };
  adjustment: TargetAdjustmentRecord;
}

const ADJUST_TARGET = gql`
  mutation AdjustTarget($userId: ID!, $period: Period!, $newValue: Decimal!, $reason: String!) {
    adjustTarget(userId: $userId, period: $period, newValue: $newValue, reason: $reason) {
      flagged
      target { ${SALES_TARGET_FIELDS} }
      adjustment { ${TARGET_ADJUSTMENT_FIELDS} }
    }
  }
`;

const TARGET_ADJUSTMENTS = gql`
  query TargetAdjustments($filter: TargetAdjustmentFilter, $first: Int) {
    targetAdjustments(filter: $filter, first: $first) {
      nodes { ${TARGET_ADJUSTMENT_FIELDS} }
      totalCount
    }
  }
`;

const STAGE_REF = `stage { id code nameZh nameEn probability position isWon isLost }`;

export interface StageRef {
  id: string;
  code: string;
  nameZh: string;
  nameEn: string;
  probability: number;
  position: number;
  isWon: boolean;
  isLost: boolean;
}

export interface FunnelResult {
  currency: string;
  totalDeals: number;
  openAmount: string | null;
  weightedOpenAmount: string | null;
  stages: {
    reached: number;
    amount: string | null;
    weightedAmount: string | null;
    currentCount: number;
    currentAmount: string | null;
    conversionToNext: number | null;
    stage: StageRef;
  }[];
}

export interface FunnelFilterInput {
  period?: string;
  ownerIds?: string[];
  teamOf?: string;
  accountIds?: string[];
  region?: string;
  currency?: string;
}

const FUNNEL = gql`
  query Funnel($filter: FunnelFilter) {
    funnel(filter: $filter) {
      currency totalDeals openAmount weightedOpenAmount
      stages { reached amount weightedAmount currentCount currentAmount conversionToNext ${STAGE_REF} }
    }
  }
`;

export interface OwnerDiagnosisRecord {
  teamSize: number;
  deals: number;
  weakness: string | null;
  owner: { id: string; name: string } | null;
  weakStage: StageRef | null;
  reading: string | null;
  readingZh: string | null;
  training: string | null;
  trainingZh: string | null;
  steps: {
    reached: number;
    conversion: number | null;
    teamMedian: number | null;
    relative: number | null;
    stage: StageRef;
  }[];
}

const FUNNEL_DIAGNOSIS = gql`
  query FunnelDiagnosis($period: Period) {
    funnelDiagnosis(period: $period) {
      teamSize deals weakness reading readingZh training trainingZh
      owner { id name }
      weakStage { id code nameZh nameEn probability position isWon isLost }
      steps { reached conversion teamMedian relative ${STAGE_REF} }
    }
  }
`;

export interface MatrixAccount {
  id: string;
  name: string;
  potential: { amount: string } | null;
  relationshipLevel: number | null;
}

export interface AccountMatrixResult {
  cells: { quadrant: string; count: number; accounts: MatrixAccount[] }[];
  unclassified: number;
}

const ACCOUNT_MATRIX = gql`
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
`;

export interface CoverageLineRecord {
  target: string;
  won: string;
  remaining: string;
  pipeline: string;
  weightedPipeline: string;
  coverage: number | null;
  weightedCoverage: number | null;
  riskMargin: number;
  belowMargin: boolean;
  owner: { id: string; name: string } | null;
  account: { id: string; name: string } | null;
}

export interface PipelineCoverageResult {
  period: string;
  byOwner: CoverageLineRecord[];
  byAccount: CoverageLineRecord[];
}

const COVERAGE_LINE = `
  target won remaining pipeline weightedPipeline coverage weightedCoverage riskMargin belowMargin
`;

const PIPELINE_COVERAGE = gql`
  query PipelineCoverage($period: Period!) {
    pipelineCoverage(period: $period) {
      period
      byOwner { ${COVERAGE_LINE} owner { id name } }
      byAccount { ${COVERAGE_LINE} account { id name } }
    }
  }
`;

const FUNNEL_STAGES = gql`
  query FunnelStages { funnelStages { ${FUNNEL_STAGE_FIELDS} } }
`;

/** The board's two reads: open deals (all, up to the page limit) and the latest closed ones. */
export function boardVariables(filter: BoardFilter = {}) {
  const base = {
    ...(filter.search?.trim() ? { search: filter.search.trim() } : {}),
    ...(filter.accountId ? { accountId: filter.accountId } : {}),
    ...(filter.ownerIds?.length ? { ownerIds: filter.ownerIds } : {}),
  };
  return {
    open: { ...base, open: true },
    closed: { ...base, open: false },
    openFirst: BOARD_OPEN_LIMIT,
    closedFirst: BOARD_CLOSED_LIMIT,
  };
}

export interface MoveOpportunityArgs {
  id: string;
  stageId: string;
  version: number;
  note?: string | null;
  contractAmount?: string | null;
}

export function pipelineMethods(client: ApolloClient<NormalizedCacheObject>) {
  const query = async <T>(document: ReturnType<typeof gql>, variables = {}) =>
    (await client.query<T>({ query: document, variables })).data;
  const mutate = async <T>(document: ReturnType<typeof gql>, variables = {}) =>
    (await client.mutate<T>({ mutation: document, variables })).data!;
  return {
    funnelStages: async () =>
      (await query<{ funnelStages: FunnelStageRecord[] }>(FUNNEL_STAGES)).funnelStages,
    board: (filter?: BoardFilter) => query<BoardData>(BOARD, boardVariables(filter)),
    moveOpportunity: async ({ id, stageId, version, note, contractAmount }: MoveOpportunityArgs) =>
      (
        await mutate<{ moveOpportunity: BoardCard }>(MOVE_OPPORTUNITY, {
          id,
          stageId,
          version,
          note: note?.trim() || null,
          contractAmount: contractAmount || null,
        })
      ).moveOpportunity,
    convertLead: async (id: string, input: ConvertLeadInput) =>
      (await mutate<{ convertLead: ConvertLeadResult }>(CONVERT_LEAD, { id, input })).convertLead,
    disqualifyLead: async (id: string, reason: string, version: number) =>
      (
        await mutate<{ disqualifyLead: { id: string; status: string } }>(DISQUALIFY_LEAD, {
          id,
          reason,
          version,
        })
      ).disqualifyLead,
    adjustTarget: async (userId: string, period: string, newValue: string, reason: string) =>
      (
        await mutate<{ adjustTarget: TargetChangeResult }>(ADJUST_TARGET, {
          userId,
          period,
          newValue,
          reason,
        })
      ).adjustTarget,
    targetAdjustments: async (filter: { flagged?: boolean; userId?: string } = {}, first = 50) =>
      (
        await query<{
          targetAdjustments: { nodes: TargetAdjustmentRecord[]; totalCount: number };
        }>(TARGET_ADJUSTMENTS, { filter, first })
      ).targetAdjustments,
    funnel: async (filter: FunnelFilterInput = {}) =>
      (await query<{ funnel: FunnelResult }>(FUNNEL, { filter })).funnel,
    funnelDiagnosis: async (period?: string) =>
      (
        await query<{ funnelDiagnosis: OwnerDiagnosisRecord[] }>(FUNNEL_DIAGNOSIS, {
          period: period || null,
        })
      ).funnelDiagnosis,
    accountMatrix: async () =>
      (await query<{ accountMatrix: AccountMatrixResult }>(ACCOUNT_MATRIX)).accountMatrix,
    pipelineCoverage: async (period: string) =>
      (
        await query<{ pipelineCoverage: PipelineCoverageResult }>(PIPELINE_COVERAGE, {
          period,
        })
      ).pipelineCoverage,
  };
}

export type PipelineMethods = ReturnType<typeof pipelineMethods>;
