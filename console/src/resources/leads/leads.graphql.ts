import { graphql } from '../../gql';
import type { ResourceData } from '../../providers/adapter';
import { leadInput } from '../pipeline-inputs';

export const LEAD_FIELDS = graphql(`
  fragment LeadFields on Lead {
    id
    accountId
    account {
      id
      name
    }
    title
    source
    scenario
    spin {
      situation
      problem
      implication
      needPayoff
    }
    budget {
      confirmed
      note
    }
    authority {
      confirmed
      note
    }
    need {
      confirmed
      note
    }
    timing {
      confirmed
      note
    }
    authorityContactId
    authorityContact {
      id
      name
      title
    }
    status
    ownerId
    owner {
      id
      name
    }
    opportunityId
    opportunity {
      id
      name
    }
    overrideReason
    estimated {
      amount
      currency
    }
    missingBant
    createdAt
    updatedAt
    version
  }
`);

export const leadsData: ResourceData = { fragment: LEAD_FIELDS, toInput: leadInput };

export const CONVERT_LEAD = graphql(`
  mutation ConvertLead($id: ID!, $input: ConvertLeadInput) {
    convertLead(id: $id, input: $input) {
      lead {
        id
        status
        version
      }
      opportunity {
        id
        name
      }
      overridden
    }
  }
`);

export const DISQUALIFY_LEAD = graphql(`
  mutation DisqualifyLead($id: ID!, $reason: String!, $version: Int!) {
    disqualifyLead(id: $id, reason: $reason, version: $version) {
      id
      status
      version
    }
  }
`);
