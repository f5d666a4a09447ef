import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { Connection } from '../../graphql/pagination/connection';
import { PageArgs } from '../../graphql/pagination/page-args';
import { User } from '../identity/user.entity';
import { AuditEvent } from './audit-event.entity';
import { AuditEventFilter } from './dtos/audit-event-filter.input';

export const AuditEventConnection = Connection(AuditEvent);

@Resolver(() => AuditEvent)
export class AuditEventResolver {
  @Query(() => AuditEventConnection, { description: 'The audit log, newest first' })
  async auditEvents(
    @Arg('filter', () => AuditEventFilter, { nullable: true }) filter: AuditEventFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return AuditEventConnection.from(await ctx.services.audit.list(filter, page));
  }

  @FieldResolver(() => User, { nullable: true })
  actor(@Root() event: AuditEvent, @Ctx() ctx: RequestContext) {
    return event.actorId ? ctx.loaders.userById.load(event.actorId) : null;
  }
}
