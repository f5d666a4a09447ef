import { graphql } from '../../gql';
import type { ResourceData } from '../../providers/adapter';

/** A run as the chain view draws it (ChainRun), with what the list and page show beside it. */
export const PROCESS_RUN_FIELDS = graphql(`
  fragment ProcessRunFields on ProcessRun {
    ...ChainRun
    account {
      id
      name
    }
    amount
    productLines
    subjectType
    subjectId
    startedBy {
      id
      name
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
