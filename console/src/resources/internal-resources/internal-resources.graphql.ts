import { graphql } from '../../gql';
import type { ResourceData } from '../../providers/adapter';
import { internalResourceInput } from '../execution-inputs';

export const INTERNAL_RESOURCE_FIELDS = graphql(`
  fragment InternalResourceFields on InternalResource {
    id
    name
    title
    userId
    user {
      id
      name
    }
    level
    conditions
    maxPerMonth
    maxPerQuarter
    preparation
    active
    version
  }
`);

export const internalResourcesData: ResourceData = {
  fragment: INTERNAL_RESOURCE_FIELDS,
  toInput: internalResourceInput,
};
