import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import { Chip, Stack } from '@mui/material';
import { BANT_ITEMS } from '@trident/domain';
import { useRecordContext, useTranslate } from 'react-admin';

/** Four small chips: which of budget, authority, need and timing are confirmed. */
export function BantChips(_props: { label?: string }) {
  const record = useRecordContext<{ missingBant: string[] }>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Stack direction="row" spacing={0.5}>
      {BANT_ITEMS.map((item) => {
        const confirmed = !record.missingBant.includes(item);
        return (
          <Chip
            key={item}
            size="small"
            variant={confirmed ? 'filled' : 'outlined'}
            color={confirmed ? 'success' : 'default'}
            icon={confirmed ? <CheckCircleIcon /> : <RadioButtonUncheckedIcon />}
            label={translate(`trident.bant_short.${item}`)}
            title={translate(`trident.bant_items.${item}`)}
          />
        );
      })}
    </Stack>
  );
}
