import { Delivery1796400000000 } from '../../migrations/1796400000000-Delivery';
import { defineModule, type LoadersOf, type ServicesOf } from '../trident-module';
import { AccountTeamRobot } from './account-team-robot.entity';
import { DeliveryLogService } from './delivery-log.service';
import { DeliveryPreference } from './delivery-preference.entity';
import { DeliveryPreferenceService } from './delivery-preference.service';
import { DeliveryRobot } from './delivery-robot.entity';
import { DeliveryRobotService } from './delivery-robot.service';
import { Delivery } from './delivery.entity';
import { createDeliveryLoaders } from './delivery.loader';
import {
  AccountTeamRobotFieldResolver,
  AccountTeamRobotResolver,
  DeliveryPreferencesResolver,
  DeliveryResolver,
  DeliveryRobotResolver,
} from './delivery.resolver';
import { OutboxMessage } from './outbox-message.entity';
import { SecretBox } from './secret-box';

/** Notifications and escalations by email and chat robots, exactly once (issue 22). */
export const deliveryModule = defineModule({
  name: 'delivery',
  entities: [DeliveryRobot, DeliveryPreference, AccountTeamRobot, Delivery, OutboxMessage],
  resolvers: [
    DeliveryRobotResolver,
    DeliveryPreferencesResolver,
    AccountTeamRobotResolver,
    AccountTeamRobotFieldResolver,
    DeliveryResolver,
  ],
  migrations: [Delivery1796400000000],
  services: ({ db, config }) => {
    const secrets = SecretBox.fromConfig({ ...config, NODE_ENV: config.NODE_ENV ?? 'development' });
    return {
      deliveryRobots: new DeliveryRobotService(db, secrets, config.ROBOT_EXTRA_HOSTS ?? []),
      deliveryPreferences: new DeliveryPreferenceService(db),
      deliveryLog: new DeliveryLogService(db, config, secrets),
    };
  },
  loaders: { delivery: (db) => createDeliveryLoaders(db) },
});

declare module '../../graphql/registry' {
  interface ServiceRegistry extends ServicesOf<typeof deliveryModule> {}
  interface LoaderRegistry extends LoadersOf<typeof deliveryModule> {}
}
