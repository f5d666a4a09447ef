import { graphql } from '../../gql';
import type { ResourceData } from '../../providers/adapter';
import { funnelStageInput } from '../pipeline-inputs';

export const FUNNEL_STAGE_FIELDS = graphql(`
  fragment FunnelStageFields on FunnelStage {
    id
    code
    nameZh
    nameEn
    probability
    position
    isWon
    isLost
    entryCriteria
    weakness
    riskMargin
    active
    version
  }
`);

export const funnelStagesData: ResourceData = {
  fragment: FUNNEL_STAGE_FIELDS,
  toInput: funnelStageInput,
};
