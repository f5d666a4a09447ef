import { graphql } from '../gql';

export const MY_DELIVERY_PREFERENCES = graphql(`
  query MyDeliveryPreferences {
    myDeliveryPreferences {
      language
      topics {
        topic
        channels
      }
      escalationMinLevel
      quietStart
      quietEnd
      timeZone
      robots {
        id
        name
        platform
      }
      isDefault
    }
    robotChoices {
      id
      name
      platform
    }
  }
`);

export const SET_MY_DELIVERY_PREFERENCES = graphql(`
  mutation SetMyDeliveryPreferences($input: DeliveryPreferencesInput!) {
    setMyDeliveryPreferences(input: $input) {
      isDefault
    }
  }
`);

export const ACCOUNT_TEAM_ROBOT = graphql(`
  query AccountTeamRobot($id: ID!) {
    account(id: $id) {
      id
      teamRobot {
        robotId
        minLevel
        language
        robot {
          id
          name
          platform
        }
      }
    }
    robotChoices {
      id
      name
      platform
    }
  }
`);

export const SET_ACCOUNT_TEAM_ROBOT = graphql(`
  mutation SetAccountTeamRobot($accountId: ID!, $input: AccountTeamRobotInput!) {
    setAccountTeamRobot(accountId: $accountId, input: $input) {
      robotId
    }
  }
`);

export const REMOVE_ACCOUNT_TEAM_ROBOT = graphql(`
  mutation RemoveAccountTeamRobot($accountId: ID!) {
    removeAccountTeamRobot(accountId: $accountId)
  }
`);
