import { graphql } from '../../gql';
import type { ResourceData } from '../../providers/adapter';

/** A step of the customer's chain that is held up, with the run it belongs to. */
export const BLOCKED_STEP_FIELDS = graphql(`
  fragment BlockedStepFields on ProcessRunStep {
    id
    runId
    name
    status
    since
    daysInStatus
    typicalDays
    blockReason
    blockerContact {
      id
      name
    }
    run {
      id
      title
      account {
        id
        name
      }
    }
  }
`);

/** Read only: a step is moved on its run's page. */
export const blockedStepsData: ResourceData = { fragment: BLOCKED_STEP_FIELDS };
