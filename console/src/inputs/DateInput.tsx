import { DateInput as RaDateInput, type DateInputProps } from 'react-admin';
import { useClearAtOnce } from './clear-at-once';

/** react-admin's date input, cleared at once when emptied (`useClearAtOnce`). */
export function DateInput(props: DateInputProps) {
  const clearing = useClearAtOnce(props.source, props.onChange);
  return <RaDateInput {...props} {...clearing} />;
}
