import { defineModule, type ServicesOf } from '../trident-module';
import { AuditEvent } from './audit-event.entity';
import { AuditEventResolver } from './audit-event.resolver';
import { AuditService } from './audit.service';

/** The append-only audit trail every mutation writes to. */
export const auditModule = defineModule({
  name: 'audit',
  entities: [AuditEvent],
  resolvers: [AuditEventResolver],
  migrations: [],
  services: ({ db }) => ({ audit: new AuditService(db) }),
});

declare module '../../graphql/registry' {
  interface ServiceRegistry extends ServicesOf<typeof auditModule> {}
}
