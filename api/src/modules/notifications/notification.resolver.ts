import { Arg, Args, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { AuthedContext } from '../../graphql/context';
import { Connection } from '../../graphql/pagination/connection';
import { PageArgs } from '../../graphql/pagination/page-args';
import { Notification } from './notification.entity';

export const NotificationConnection = Connection(Notification);

@Resolver(() => Notification)
export class NotificationResolver {
  @Query(() => NotificationConnection, {
    description: 'My notifications, newest first (live ones arrive on GET /events)',
  })
  async notifications(
    @Arg('unreadOnly', () => Boolean, { nullable: true }) unreadOnly: boolean | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: AuthedContext,
  ) {
    return NotificationConnection.from(
      await ctx.services.notifications.list(ctx, !!unreadOnly, page),
    );
  }

  @Query(() => Int)
  unreadNotificationCount(@Ctx() ctx: AuthedContext) {
    return ctx.services.notifications.unreadCount(ctx);
  }

  @Mutation(() => Int, { description: 'Marks these (or all) read; answers how many changed' })
  markNotificationsRead(
    @Arg('ids', () => [ID], { nullable: true }) ids: string[] | undefined,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.notifications.markRead(ctx, ids ?? undefined);
  }
}
