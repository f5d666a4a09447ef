import { calendarDayIn, DEFAULT_TIME_ZONE } from '@trident/domain';

/**
 * The one definition of "today" (issue 24): the calendar day in the company's time zone
 * (`BUSINESS_TIME_ZONE`, default Asia/Shanghai). Due, ahead and overdue compare a plain
 * date column with this day, passed to SQL as a parameter — never Postgres' `CURRENT_DATE`
 * (the session's time zone) nor Node's UTC date.
 */
export interface BusinessCalendar {
  timeZone: string;
  /** The day it is now. */
  today(at?: Date): string;
  /** A per-request reader: the first call reads the clock, later ones answer the same day. */
  todayOnce(): () => string;
}

export function businessCalendar(timeZone: string = DEFAULT_TIME_ZONE): BusinessCalendar {
  const today = (at: Date = new Date()) => calendarDayIn(at, timeZone);
  return {
    timeZone,
    today,
    todayOnce: () => {
      let day: string | undefined;
      return () => (day ??= today());
    },
  };
}
