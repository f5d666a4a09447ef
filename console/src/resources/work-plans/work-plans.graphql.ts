import { graphql } from '../../gql';
import type { ResourceData } from '../../providers/adapter';
import { workPlanInput } from '../execution-inputs';

export const WORK_PLAN_FIELDS = graphql(`
  fragment WorkPlanFields on WorkPlan {
    id
    accountId
    account {
      id
      name
    }
    opportunityId
    name
    presentationScore
    createdById
    createdAt
    version
    tasks {
      id
      title
      status
      assigneeId
      assignee {
        id
        name
      }
      due
      overdue
      reviewScore
    }
  }
`);

export const workPlansData: ResourceData = { fragment: WORK_PLAN_FIELDS, toInput: workPlanInput };

export const PLAN_READINESS = graphql(`
  query PlanReadiness($planId: ID!) {
    planReadiness(planId: $planId) {
      complete
      reviewed
      ready
      lastReview {
        id
        notes
        tasks
        reviewedAt
        reviewerId
      }
      execution
      presentation
      score
      unassigned {
        ...PlanTaskFields
      }
      unacknowledged {
        ...PlanTaskFields
      }
    }
  }
`);

export const PLAN_TASK_FIELDS = graphql(`
  fragment PlanTaskFields on Task {
    id
    title
    status
    due
    assignee {
      id
      name
    }
  }
`);

/** Seed 000: the AR goes through the whole task table with the team. */
export const REVIEW_WORK_PLAN = graphql(`
  mutation ReviewWorkPlan($id: ID!, $input: ReviewWorkPlanInput!) {
    reviewWorkPlan(id: $id, input: $input) {
      id
      notes
      tasks
      reviewedAt
      reviewerId
    }
  }
`);

export const REVIEWER_NAME = graphql(`
  query ReviewerName($id: ID!) {
    user(id: $id) {
      id
      name
    }
  }
`);
