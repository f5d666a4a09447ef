import { Box } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatDate } from '../../formats/dates';

/**
 * A deal's expected close date, in one piece; red, with why on hover, once the API says it has
 * passed on an open deal (`closeDatePassed`). The list, the board's cards and the stalled deals
 * show it alike.
 */
export function CloseDate({
  date,
  passed,
}: {
  date: string | null | undefined;
  passed: boolean | null | undefined;
}) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Box
      component="span"
      sx={{ whiteSpace: 'nowrap', ...(passed ? { color: 'error.main' } : {}) }}
      title={passed ? translate('trident.opportunity.close_date_passed') : undefined}
      data-close-passed={passed || undefined}
    >
      {date ? formatDate(date, locale) : '—'}
    </Box>
  );
}
