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
    createdAt
    updatedAt
    version
  }
`);

export const tasksData: ResourceData = {
  fragment: TASK_FIELDS,
  toInput: taskInput,
  toFilter: (filter) => taskFilter(filter),
};
