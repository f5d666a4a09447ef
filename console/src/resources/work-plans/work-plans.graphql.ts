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
