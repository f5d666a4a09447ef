import { NotificationWords1796800051000 } from '../../migrations/1796800051000-NotificationWords';
import { defineModule, type ServicesOf } from '../trident-module';
import { Notification } from './notification.entity';
import { NotificationResolver } from './notification.resolver';
import { NotificationService } from './notification.service';

/** What reaches a user: stored, live over /events. */
export const notificationsModule = defineModule({
  name: 'notifications',
  entities: [Notification],
  resolvers: [NotificationResolver],
  migrations: [NotificationWords1796800051000],
  services: ({ db }) => ({ notifications: new NotificationService(db) }),
});

declare module '../../graphql/registry' {
  interface ServiceRegistry extends ServicesOf<typeof notificationsModule> {}
}
