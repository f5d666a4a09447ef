import { graphql } from '../../gql';
import type { ResourceData } from '../../providers/adapter';
import { taskFilter, taskInput } from '../execution-inputs';

export const TASK_FIELDS = graphql(`
  fragment TaskFields on Task {
    id
    accountId
    account {
      id
      name
    }
    opportunityId
    opportunity {
      id
      name
    }
    planId
    kind
    title
    content
    qualityRequirement
    expectedResult
    resourcesNeeded
    due
    assigneeId
    assignee {
      id
      name
    }
    requesterId
    requester {
      id
      name
    }
    status
    acknowledgedAt
    submittedAt
    submissionNote
    reviewNotes
    reviewScore
    doneAt
    handoverId
    playbook
    overdue
    blocked
    blockedBy {
      id
      title
      status
    }
    stuckReason
    stuckAt
    stuckAnswer
    riskId
    risk {
      id
      title
    }
    createdAt
    updatedAt
    version
    attachments {
      ...AttachmentFields
    }
  }
`);

export const tasksData: ResourceData = {
  fragment: TASK_FIELDS,
  toInput: taskInput,
  toFilter: (filter) => taskFilter(filter),
};

// The task table's verbs: each answers the task as it now is.

export const ACKNOWLEDGE_TASK = graphql(`
  mutation AcknowledgeTask($id: ID!, $version: Int!) {
    acknowledgeTask(id: $id, version: $version) {
      ...TaskFields
    }
  }
`);

export const START_TASK = graphql(`
  mutation StartTask($id: ID!, $version: Int!) {
    startTask(id: $id, version: $version) {
      ...TaskFields
    }
  }
`);

export const SUBMIT_TASK = graphql(`
  mutation SubmitTask($id: ID!, $version: Int!, $note: String) {
    submitTask(id: $id, version: $version, note: $note) {
      ...TaskFields
    }
  }
`);

export const REVIEW_TASK = graphql(`
  mutation ReviewTask($id: ID!, $version: Int!, $input: ReviewTaskInput!) {
    reviewTask(id: $id, version: $version, input: $input) {
      ...TaskFields
    }
  }
`);

export const CANCEL_TASK = graphql(`
  mutation CancelTask($id: ID!, $version: Int!, $reason: String) {
    cancelTask(id: $id, version: $version, reason: $reason) {
      ...TaskFields
    }
  }
`);

/** Seed 000: the assignee is stuck and asks the leader at once. */
export const REPORT_TASK_STUCK = graphql(`
  mutation ReportTaskStuck($id: ID!, $version: Int!, $reason: String!) {
    reportTaskStuck(id: $id, version: $version, reason: $reason) {
      ...TaskFields
    }
  }
`);

/** The requester, the account's AR or a manager answers; work goes on. */
export const ANSWER_STUCK_TASK = graphql(`
  mutation AnswerStuckTask($id: ID!, $version: Int!, $answer: String!) {
    answerStuckTask(id: $id, version: $version, answer: $answer) {
      ...TaskFields
    }
  }
`);

/** Who holds the AR seat of a task's account (the AR may answer a stuck task). */
export const TASK_ACCOUNT_TEAM = graphql(`
  query TaskAccountTeam($id: ID!) {
    account(id: $id) {
      id
      team {
        id
        userId
        teamRole
      }
    }
  }
`);
