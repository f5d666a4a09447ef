import { Ctx, Query, Resolver } from 'type-graphql';
import type { AuthedContext } from '../../graphql/context';
import { BusinessCalendar } from './calendar.types';

@Resolver(() => BusinessCalendar)
export class CalendarResolver {
  @Query(() => BusinessCalendar, {
    description:
      'The company’s time zone and today in it: a form’s default day, so a user in another time zone is not refused “today”',
  })
  businessCalendar(@Ctx() ctx: AuthedContext): BusinessCalendar {
    return { timeZone: ctx.services.calendar.timeZone, today: ctx.today() };
  }
}
