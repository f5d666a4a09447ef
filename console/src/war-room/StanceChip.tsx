import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import { STANCE_COLORS } from '../org-chart/org-chart-layout';

/** A contact's stance towards us, in the org chart's colours (champion green … opponent red). */
export function StanceChip({ stance }: { stance: string }) {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      label={translate(`trident.stances.${stance}`)}
      data-testid={`stance-${stance}`}
      sx={{
        bgcolor: STANCE_COLORS[stance] ?? 'grey.500',
        color: 'common.white',
        fontWeight: 500,
        height: 22,
      }}
    />
  );
}
