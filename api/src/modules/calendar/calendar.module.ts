import { DEFAULT_TIME_ZONE } from '@trident/domain';
import { defineModule, type ServicesOf } from '../trident-module';
import { CalendarResolver } from './calendar.resolver';

/** The company's calendar day, which every "today" of the API is (common/business-day.ts). */
export const calendarModule = defineModule({
  name: 'calendar',
  entities: [],
  resolvers: [CalendarResolver],
  migrations: [],
  services: ({ config }) => ({
    calendar: { timeZone: config.BUSINESS_TIME_ZONE ?? DEFAULT_TIME_ZONE },
  }),
});

declare module '../../graphql/registry' {
  interface ServiceRegistry extends ServicesOf<typeof calendarModule> {}
}
