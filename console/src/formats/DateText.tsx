import { useLocaleState } from 'react-admin';
import { formatDate, formatDateTime } from './dates';

/**
 * A date (or date and time) as text in the console's format, on one line: "2026-12-05" may
 * otherwise break after a hyphen in a narrow table column on a phone ("2026-12-" / "05").
 */
export function DateText({
  value,
  showTime = false,
}: {
  value: string | number | Date;
  showTime?: boolean;
}) {
  const [locale] = useLocaleState();
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {showTime ? formatDateTime(value, locale) : formatDate(value, locale)}
    </span>
  );
}
