import { gql, type ApolloClient, type NormalizedCacheObject } from '@apollo/client';
import {
  FEEDBACK_FIELDS,
  NOTIFICATION_FIELDS,
  RESOURCE_REQUEST_FIELDS,
  TASK_FIELDS,
} from '../resources/execution.fields';
import { dueSoonBefore, OPEN_TASK_STATUSES, startOfDay } from '../resources/execution-inputs';

/** Execution calls that are not CRUD: the task table's verbs, feedback, notifications. */

export interface TaskRecord {
  id: string;
  accountId: string;
  account: { id: string; name: string } | null;
  opportunity: { id: string; name: string } | null;
  planId: string | null;
  kind: string;
  title: string;
  content: string | null;
  qualityRequirement: string | null;
  expectedResult: string | null;
  resourcesNeeded: string | null;
  due: string;
  assigneeId: string | null;
  assignee: { id: string; name: string } | null;
  requesterId: string;
  requester: { id: string; name: string } | null;
  status: string;
  submissionNote: string | null;
  reviewNotes: string | null;
  reviewScore: number | null;
  playbook: string | null;
  overdue: boolean;
  version: number;
}

export interface ReviewInput {
  decision: 'ACCEPT' | 'REWORK';
  score?: number | null;
  notes?: string | null;
}

export interface PlanTask {
  id: string;
  title: string;
  status: string;
  due: string;
  assignee: { id: string; name: string } | null;
}

export interface PlanReadinessRecord {
  complete: boolean;
  execution: number | null;
  presentation: number | null;
  score: number | null;
  unassigned: PlanTask[];
  unacknowledged: PlanTask[];
}

export interface NotificationRecord {
  id: string;
  userId: string;
  kind: string;
  title: string;
  body: string | null;
  entity: string;
  entityId: string;
  accountId: string | null;
  readAt: string | null;
  createdAt: string;
}

export interface AckTimeRecord {
  reported: number;
  acknowledged: number;
  waiting: number;
  medianMinutes: number | null;
  p90Minutes: number | null;
  user: { id: string; name: string } | null;
}

export interface NeedsMeTodayResult {
  overdue: { totalCount: number };
  today: { totalCount: number };
  tomorrow: { totalCount: number };
  soonest: {
    nodes: Pick<TaskRecord, 'id' | 'title' | 'due' | 'overdue' | 'status' | 'account'>[];
  };
  feedback: { totalCount: number };
}

const TASK_VERB = (verb: string, extra = '', args = '') => gql`
  mutation TaskVerb($id: ID!, $version: Int!${extra}) {
    ${verb}(id: $id, version: $version${args}) { ${TASK_FIELDS} }
  }
`;

const ACKNOWLEDGE_TASK = TASK_VERB('acknowledgeTask');
const START_TASK = TASK_VERB('startTask');
const SUBMIT_TASK = TASK_VERB('submitTask', ', $note: String', ', note: $note');
const CANCEL_TASK = TASK_VERB('cancelTask', ', $reason: String', ', reason: $reason');
const REVIEW_TASK = TASK_VERB('reviewTask', ', $input: ReviewTaskInput!', ', input: $input');

const PLAN_TASK = `id title status due assignee { id name }`;
const PLAN_READINESS = gql`
  query PlanReadiness($planId: ID!) {
    planReadiness(planId: $planId) {
      complete execution presentation score
      unassigned { ${PLAN_TASK} }
      unacknowledged { ${PLAN_TASK} }
    }
  }
`;

const ACKNOWLEDGE_FEEDBACK = gql`
  mutation AcknowledgeFeedback($id: ID!) {
    acknowledgeFeedback(id: $id) { ${FEEDBACK_FIELDS} }
  }
`;

const FEEDBACK_TO_LEAD = gql`
  mutation FeedbackToLead($id: ID!, $title: String) {
    feedbackToLead(id: $id, title: $title) {
      feedback { ${FEEDBACK_FIELDS} }
      lead { id title }
    }
  }
`;

const DECIDE_REQUEST = gql`
  mutation DecideResourceRequest($id: ID!, $approve: Boolean!, $note: String) {
    decideResourceRequest(id: $id, approve: $approve, note: $note) { ${RESOURCE_REQUEST_FIELDS} }
  }
`;

const NOTIFICATIONS = gql`
  query Notifications($first: Int, $unreadOnly: Boolean) {
    notifications(first: $first, unreadOnly: $unreadOnly) {
      nodes { ${NOTIFICATION_FIELDS} }
      totalCount
    }
    unreadNotificationCount
  }
`;

const UNREAD_COUNT = gql`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`;

const MARK_READ = gql`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`;

const ACK_TIMES = gql`
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
`;

const NEEDS_ME_TODAY = gql`
  query NeedsMeToday(
    $overdue: TaskFilter
    $today: TaskFilter
    $tomorrow: TaskFilter
    $soon: TaskFilter
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
    feedback: feedbacks(filter: { mine: true, acknowledged: false }, first: 1) {
      totalCount
    }
  }
`;

/**
 * The "needs me today" counts: my open tasks already late, due later today and due
 * tomorrow, each counted by the API (totalCount), and the soonest few to click.
 */
export function needsMeTodayVariables(now: Date) {
  const mine = { mine: true, statuses: OPEN_TASK_STATUSES };
  const at = (date: Date) => date.toISOString();
  return {
    overdue: { ...mine, dueBefore: at(now) },
    today: { ...mine, dueAfter: at(now), dueBefore: at(startOfDay(now, 1)) },
    tomorrow: { ...mine, dueAfter: at(startOfDay(now, 1)), dueBefore: at(dueSoonBefore(now)) },
    soon: { ...mine, dueBefore: at(dueSoonBefore(now)) },
  };
}

export function executionMethods(client: ApolloClient<NormalizedCacheObject>) {
  const query = async <T>(document: ReturnType<typeof gql>, variables = {}) =>
    (await client.query<T>({ query: document, variables })).data;
  const mutate = async <T>(document: ReturnType<typeof gql>, variables = {}) =>
    (await client.mutate<T>({ mutation: document, variables })).data!;
  const taskVerb =
    (document: ReturnType<typeof gql>, field: string) =>
    async (id: string, version: number, extra: Record<string, unknown> = {}) =>
      (await mutate<Record<string, TaskRecord>>(document, { id, version, ...extra }))[field]!;
  return {
    acknowledgeTask: (id: string, version: number) =>
      taskVerb(ACKNOWLEDGE_TASK, 'acknowledgeTask')(id, version),
    startTask: (id: string, version: number) => taskVerb(START_TASK, 'startTask')(id, version),
    submitTask: (id: string, version: number, note?: string) =>
      taskVerb(SUBMIT_TASK, 'submitTask')(id, version, { note: note?.trim() || null }),
    reviewTask: (id: string, version: number, input: ReviewInput) =>
      taskVerb(REVIEW_TASK, 'reviewTask')(id, version, {
        input: {
          decision: input.decision,
          score: input.score ?? null,
          notes: input.notes?.trim() || null,
        },
      }),
    cancelTask: (id: string, version: number, reason?: string) =>
      taskVerb(CANCEL_TASK, 'cancelTask')(id, version, { reason: reason?.trim() || null }),
    planReadiness: async (planId: string) =>
      (await query<{ planReadiness: PlanReadinessRecord | null }>(PLAN_READINESS, { planId }))
        .planReadiness,
    acknowledgeFeedback: async (id: string) =>
      (await mutate<{ acknowledgeFeedback: { id: string } }>(ACKNOWLEDGE_FEEDBACK, { id }))
        .acknowledgeFeedback,
    feedbackToLead: async (id: string, title?: string) =>
      (
        await mutate<{ feedbackToLead: { lead: { id: string; title: string } } }>(
          FEEDBACK_TO_LEAD,
          { id, title: title?.trim() || null },
        )
      ).feedbackToLead,
    decideResourceRequest: async (id: string, approve: boolean, note?: string) =>
      (
        await mutate<{ decideResourceRequest: { id: string; status: string } }>(DECIDE_REQUEST, {
          id,
          approve,
          note: note?.trim() || null,
        })
      ).decideResourceRequest,
    notifications: async (first = 20, unreadOnly = false) =>
      query<{
        notifications: { nodes: NotificationRecord[]; totalCount: number };
        unreadNotificationCount: number;
      }>(NOTIFICATIONS, { first, unreadOnly }),
    unreadNotificationCount: async () =>
      (await query<{ unreadNotificationCount: number }>(UNREAD_COUNT)).unreadNotificationCount,
    /** Without ids: every notification of mine. */
    markNotificationsRead: async (ids?: string[]) =>
      (await mutate<{ markNotificationsRead: number }>(MARK_READ, { ids: ids ?? null }))
        .markNotificationsRead,
    feedbackAckTimes: async (from?: Date, to?: Date) =>
      (
        await query<{ feedbackAckTimes: AckTimeRecord[] }>(ACK_TIMES, {
          from: from?.toISOString() ?? null,
          to: to?.toISOString() ?? null,
        })
      ).feedbackAckTimes,
    needsMeToday: async (now = new Date()) =>
      query<NeedsMeTodayResult>(NEEDS_ME_TODAY, needsMeTodayVariables(now)),
  };
}

export type ExecutionMethods = ReturnType<typeof executionMethods>;
