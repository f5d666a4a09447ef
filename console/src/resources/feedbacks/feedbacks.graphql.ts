import { graphql } from '../../gql';
import type { ResourceData } from '../../providers/adapter';
import { mineFilter } from '../execution-inputs';

export const FEEDBACK_FIELDS = graphql(`
  fragment FeedbackFields on Feedback {
    id
    accountId
    account {
      id
      name
    }
    opportunityId
    kind
    severity
    text
    reporterId
    reporter {
      id
      name
    }
    routedToId
    routedTo {
      id
      name
    }
    acknowledgedAt
    acknowledgedById
    leadId
    createdAt
    minutesToAcknowledge
    surveyScore
    version
  }
`);

/** The inbox is a list with verbs: feedback is reported, then acknowledged. */
export const feedbacksData: ResourceData = {
  fragment: FEEDBACK_FIELDS,
  create: 'reportFeedback',
  toFilter: mineFilter,
};

export const ACKNOWLEDGE_FEEDBACK = graphql(`
  mutation AcknowledgeFeedback($id: ID!) {
    acknowledgeFeedback(id: $id) {
      ...FeedbackFields
    }
  }
`);

export const FEEDBACK_TO_LEAD = graphql(`
  mutation FeedbackToLead($id: ID!, $title: String) {
    feedbackToLead(id: $id, title: $title) {
      feedback {
        ...FeedbackFields
      }
      lead {
        id
        title
      }
    }
  }
`);
