import { graphql } from '../../gql';
import type { ResourceData } from '../../providers/adapter';

export const PROCESS_RUN_FIELDS = graphql(`
  fragment ProcessRunFields on ProcessRun {
    id
    accountId
    account {
      id
      name
    }
    title
    amount
    productLines
    status
    startedAt
    finishedAt
    subjectType
    subjectId
    template {
      id
      name
      kind
    }
    startedBy {
      id
      name
    }
    steps {
      id
      position
      name
      status
      since
      daysInStatus
      typicalDays
      blockReason
      version
      blockerContact {
        id
        name
      }
      approverContact {
        id
        name
      }
      approverOrgUnit {
        id
        name
      }
    }
  }
`);

export const processRunsData: ResourceData = { fragment: PROCESS_RUN_FIELDS };

export const MOVE_RUN_STEP = graphql(`
  mutation MoveRunStep($id: ID!, $input: MoveRunStepInput!, $version: Int!) {
    moveRunStep(id: $id, input: $input, version: $version) {
      id
      status
      version
    }
  }
`);
