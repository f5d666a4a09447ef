import { useQuery } from '@tanstack/react-query';
import { useApi } from '../providers/api';
import { BUSINESS_CALENDAR } from './business-day.graphql';
import { localDay } from './dates';

/**
 * Today as the API counts it: the calendar day in the company's time zone, not the browser's.
 * A user east of it would otherwise be offered tomorrow as "today" after its midnight, and be
 * refused (NOT_IN_FUTURE); one west of it, yesterday. Until the answer arrives, the browser's
 * day stands in (the same for everyone in the company's zone).
 */
export function useBusinessDay(): string {
  const api = useApi();
  const { data } = useQuery({
    queryKey: ['businessCalendar'],
    queryFn: () => api.query(BUSINESS_CALENDAR, {}).then((data) => data.businessCalendar),
    // The day changes at the company's midnight; a minute late is harmless.
    staleTime: 60_000,
    refetchInterval: 60_000,
  });
  return data?.today ?? localDay();
}
