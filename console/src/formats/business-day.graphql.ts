/** The company's calendar (BUSINESS_TIME_ZONE): the one "today" the API decides due and future by. */
import { graphql } from '../gql';

export const BUSINESS_CALENDAR = graphql(`
  query BusinessCalendar {
    businessCalendar {
      timeZone
      today
    }
  }
`);
