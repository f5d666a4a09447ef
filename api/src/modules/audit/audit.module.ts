import { AuditClock1796800050000 } from '../../migrations/1796800050000-AuditClock';
import { defineModule, type ServicesOf } from '../trident-module';
import { AuditEvent } from './audit-event.entity';
import { AuditEventResolver } from './audit-event.resolver';
import { AuditService } from './audit.service';

/** The append-only audit trail every mutation writes to. */
export const auditModule = defineModule({
  name: 'audit',
  entities: [AuditEvent],
  resolvers: [AuditEventResolver],
  migrations: [AuditClock1796800050000],
  services: ({ db }) => ({ audit: new AuditService(db) }),
});

declare module '../../graphql/registry' {
  interface ServiceRegistry extends ServicesOf<typeof auditModule> {}
}
