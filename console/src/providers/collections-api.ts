import { gql, type ApolloClient, type NormalizedCacheObject } from '@apollo/client';
import {
  CONTRACT_FIELDS,
  EVIDENCE_FIELDS,
  MILESTONE_FIELDS,
} from '../resources/collections.fields';
import type { MoneyValue } from '../resources/money';

/** Collections and success calls that are not CRUD: plan, evidence, invoice, payment, reports. */

export interface EvidenceRecord {
  id: string;
  milestoneId: string;
  code: string;
  pillar: string;
  required: boolean;
  checkedAt: string | null;
  note: string | null;
  checkedBy: { id: string; name: string } | null;
}

export interface MilestoneRecord {
  id: string;
  contractId: string;
  accountId: string;
  position: number;
  version: number;
  kind: string;
  site: string | null;
  share: string;
  currency: string;
  due: string;
  stage: string;
  status: string;
  invoicedAt: string | null;
  paidAt: string | null;
  amount: MoneyValue | null;
  paid: MoneyValue | null;
  open: MoneyValue | null;
  evidence: EvidenceRecord[];
  payments: { id: string; amount: string | null; paidAt: string; reference: string | null }[];
  contract?: { id: string; title: string; account: { id: string; name: string } | null } | null;
}

export interface ContractRecord {
  id: string;
  title: string;
  kind: string;
  currency: string;
  signedAt: string;
  terms: string | null;
  sites: string[];
  version: number;
  amount: MoneyValue | null;
  account: { id: string; name: string; region: string | null } | null;
  opportunity: { id: string; name: string } | null;
  milestones: MilestoneRecord[];
}

export interface BattleMapRow {
  contractAmount: string | null;
  due: string | null;
  paid: string | null;
  open: string | null;
  overdue: string | null;
  nextDue: string | null;
  overdueMilestones: number;
  evidenceChecked: number;
  evidenceRequired: number;
  currency: string;
  contract: { id: string; title: string } | null;
  account: { id: string; name: string } | null;
}

export interface AgingRow {
  key: string;
  region: string | null;
  currency: string;
  notDue: string;
  days0to30: string;
  days31to60: string;
  days61to90: string;
  over90: string;
  outstanding: string;
  dso: number | null;
  account: { id: string; name: string } | null;
  owner: { id: string; name: string } | null;
}

export interface RevenueRow {
  key: string;
  periodStart: string;
  recurring: string;
  new: string;
  expansion: string;
  churned: string;
  total: string;
  cumulative: string;
}

export interface RenewalRecord {
  id: string;
  accountId: string;
  contractId: string | null;
  expectedSignDate: string;
  status: string;
  newNeeds: string | null;
  amount: MoneyValue | null;
  account: { id: string; name: string } | null;
}

export interface PlanMilestone {
  kind: string;
  share: string;
  due: string;
  site?: string | null;
}

export type PaymentPlan = { milestones: PlanMilestone[] } | { perSite: true; firstDue: string };

export interface RecordPaymentArgs {
  milestoneId: string;
  amount: string;
  paidAt: string;
  reference?: string | null;
  idempotencyKey: string;
}

const SET_PAYMENT_PLAN = gql`
  mutation SetPaymentPlan($contractId: ID!, $input: PaymentPlanInput!, $version: Int!) {
    setPaymentPlan(contractId: $contractId, input: $input, version: $version) { ${CONTRACT_FIELDS} }
  }
`;

const CHECK_EVIDENCE = gql`
  mutation CheckEvidence($id: ID!, $checked: Boolean!, $note: String) {
    checkEvidence(id: $id, checked: $checked, note: $note) { ${EVIDENCE_FIELDS} }
  }
`;

const INVOICE_MILESTONE = gql`
  mutation InvoiceMilestone($id: ID!, $version: Int!) {
    invoiceMilestone(id: $id, version: $version) { ${MILESTONE_FIELDS} }
  }
`;

const RECORD_PAYMENT = gql`
  mutation RecordPayment(
    $milestoneId: ID!
    $amount: Decimal!
    $paidAt: LocalDate!
    $reference: String
    $idempotencyKey: String!
  ) {
    recordPayment(
      milestoneId: $milestoneId
      amount: $amount
      paidAt: $paidAt
      reference: $reference
      idempotencyKey: $idempotencyKey
    ) {
      id
      amount
      paidAt
      reference
    }
  }
`;

const BATTLE_MAP = gql`
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
    }
  }
`;

const COLLECTION_AGING = gql`
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
`;

const REVENUE_SUMMARY = gql`
  query RevenueSummary($from: Period!, $to: Period!, $granularity: RevenueGranularity) {
    revenueSummary(from: $from, to: $to, granularity: $granularity, groupBy: NONE) {
      key
      periodStart
      recurring
      new
      expansion
      churned
      total
      cumulative
    }
  }
`;

const RENEWALS = gql`
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
`;

const MILESTONES = gql`
  query PaymentMilestones($filter: MilestoneFilter, $first: Int) {
    paymentMilestones(filter: $filter, first: $first) {
      nodes {
        ${MILESTONE_FIELDS}
        contract { id title account { id name } }
      }
      totalCount
    }
  }
`;

export function collectionsMethods(client: ApolloClient<NormalizedCacheObject>) {
  const query = async <T>(document: ReturnType<typeof gql>, variables = {}) =>
    (await client.query<T>({ query: document, variables, fetchPolicy: 'network-only' })).data;
  const mutate = async <T>(document: ReturnType<typeof gql>, variables = {}) =>
    (await client.mutate<T>({ mutation: document, variables })).data!;
  return {
    setPaymentPlan: async (contractId: string, input: PaymentPlan, version: number) =>
      (
        await mutate<{ setPaymentPlan: ContractRecord }>(SET_PAYMENT_PLAN, {
          contractId,
          input,
          version,
        })
      ).setPaymentPlan,
    checkEvidence: async (id: string, checked: boolean, note?: string | null) =>
      (
        await mutate<{ checkEvidence: EvidenceRecord }>(CHECK_EVIDENCE, {
          id,
          checked,
          note: note?.trim() || null,
        })
      ).checkEvidence,
    invoiceMilestone: async (id: string, version: number) =>
      (await mutate<{ invoiceMilestone: MilestoneRecord }>(INVOICE_MILESTONE, { id, version }))
        .invoiceMilestone,
    recordPayment: async ({ reference, ...args }: RecordPaymentArgs) =>
      (
        await mutate<{ recordPayment: { id: string } }>(RECORD_PAYMENT, {
          ...args,
          reference: reference?.trim() || null,
        })
      ).recordPayment,
    battleMap: async (filter: { overdueOnly?: boolean } = {}) =>
      (await query<{ battleMap: BattleMapRow[] }>(BATTLE_MAP, { filter })).battleMap,
    collectionAging: async (groupBy: 'ACCOUNT' | 'OWNER' | 'REGION', asOf?: string) =>
      (
        await query<{ collectionAging: AgingRow[] }>(COLLECTION_AGING, {
          groupBy,
          asOf: asOf ?? null,
        })
      ).collectionAging,
    revenueSummary: async (from: string, to: string, granularity = 'QUARTER') =>
      (await query<{ revenueSummary: RevenueRow[] }>(REVENUE_SUMMARY, { from, to, granularity }))
        .revenueSummary,
    renewals: async (dueWithinDays: number, first = 50) =>
      (
        await query<{ renewals: { nodes: RenewalRecord[]; totalCount: number } }>(RENEWALS, {
          dueWithinDays,
          first,
        })
      ).renewals,
    paymentMilestones: async (
      filter: { contractId?: string; stage?: string; overdue?: boolean; dueBefore?: string } = {},
      first = 100,
    ) =>
      (
        await query<{ paymentMilestones: { nodes: MilestoneRecord[]; totalCount: number } }>(
          MILESTONES,
          { filter, first },
        )
      ).paymentMilestones,
  };
}

export type CollectionsMethods = ReturnType<typeof collectionsMethods>;
