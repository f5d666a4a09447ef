import { graphql } from '../../gql';
import type { ResourceData } from '../../providers/adapter';
import { escalationRuleInput } from '../execution-inputs';

export const ESCALATION_RULE_FIELDS = graphql(`
  fragment EscalationRuleFields on EscalationRule {
    id
    name
    trigger
    thresholdHours
    levels {
      target
      afterHours
      resourceId
    }
    active
    version
  }
`);

export const escalationRulesData: ResourceData = {
  fragment: ESCALATION_RULE_FIELDS,
  toInput: escalationRuleInput,
};
