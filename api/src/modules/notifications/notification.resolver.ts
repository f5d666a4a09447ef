import type { Language } from '@trident/domain';
import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { AuthedContext } from '../../graphql/context';
import { LanguageEnum } from '../delivery/delivery-preference.entity';
import { Connection } from '../../graphql/pagination/connection';
import { PageArgs } from '../../graphql/pagination/page-args';
import { Notification } from './notification.entity';
import { bodyIn, titleIn } from './notification-words';

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

  @FieldResolver(() => String, { description: 'In the language asked; English by default' })
  title(
    @Root() notification: Notification,
    @Arg('language', () => LanguageEnum, { nullable: true }) language: Language | undefined,
  ) {
    return titleIn(notification, language ?? 'EN');
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Our words in the language asked (English by default); a person’s text as written',
  })
  body(
    @Root() notification: Notification,
    @Arg('language', () => LanguageEnum, { nullable: true }) language: Language | undefined,
  ) {
    return bodyIn(notification, language ?? 'EN');
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
