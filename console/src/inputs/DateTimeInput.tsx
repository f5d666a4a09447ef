import { DateTimeInput as RaDateTimeInput, type DateTimeInputProps } from 'react-admin';
import { useClearAtOnce } from './clear-at-once';
import { toInstant } from './date-time';

/**
 * A date-time picker for a `DateTime` field or filter: the form holds an ISO instant, so
 * what is saved or filtered on is what the API accepts. react-admin's own input keeps the
 * picker's zone-less text, which the API refuses; eslint forbids importing it directly.
 */
export function DateTimeInput(props: DateTimeInputProps) {
  const clearing = useClearAtOnce(props.source, props.onChange);
  return <RaDateTimeInput parse={toInstant} {...props} {...clearing} />;
}
