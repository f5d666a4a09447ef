import { graphql } from '../../gql';
import type { ResourceData } from '../../providers/adapter';

export const DELIVERY_ROBOT_FIELDS = graphql(`
  fragment DeliveryRobotFields on DeliveryRobot {
    id
    name
    platform
    webhookHost
    signed
    active
    version
    createdAt
    updatedAt
  }
`);

/** How messages leave this installation (from the environment; no credentials). */
export const DELIVERY_SETTINGS = graphql(`
  query DeliverySettings {
    deliverySettings {
      mode
      smtpHost
      from
      publicUrl
      canStoreSecrets
      extraRobotHosts
    }
  }
`);

export const deliveryRobotsData: ResourceData = { fragment: DELIVERY_ROBOT_FIELDS };
