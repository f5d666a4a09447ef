import { graphql } from '../../gql';
import type { ResourceData } from '../../providers/adapter';

export const USER_FIELDS = graphql(`
  fragment UserFields on User {
    id
    name
    email
    roles
    status
    managerId
    manager {
      id
      name
    }
    createdAt
    updatedAt
    version
  }
`);

export const usersData: ResourceData = { fragment: USER_FIELDS };
