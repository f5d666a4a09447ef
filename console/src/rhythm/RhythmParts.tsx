import AcUnitIcon from '@mui/icons-material/AcUnit';
import { Box, Card, CardContent, Chip, Stack, Tooltip, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatDate } from '../formats/dates';
import { formatAgo } from './rhythm';

export interface Rhythm {
  lastContactedAt: string | null;
  contactsLast90Days: number;
  cadenceDays?: number | null;
  dueAt?: string | null;
  stale: boolean;
}

/** "Cooling / 关系变冷": the contact is past the cadence of their level (seed 003). */
export function CoolingChip({ since }: { since?: string | null }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const chip = (
    <Chip
      size="small"
      color="info"
      icon={<AcUnitIcon />}
      label={translate('trident.rhythm.cooling')}
      data-testid="cooling-chip"
    />
  );
  if (!since) return chip;
  return (
    <Tooltip title={translate('trident.rhythm.due_since', { date: formatDate(since, locale) })}>
      {chip}
    </Tooltip>
  );
}

/** Last contact in words ("3 months ago"), or "never met". */
export function LastContact({ at }: { at: string | null | undefined }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const ago = formatAgo(at, locale);
  if (!ago) return <span>{translate('trident.rhythm.never')}</span>;
  return (
    <Tooltip title={formatDate(at!, locale)}>
      <span style={{ whiteSpace: 'nowrap' }}>{ago}</span>
    </Tooltip>
  );
}

/** The contacts list's column: last contact, visits in 90 days, and the chip when cooling. */
export function RhythmCell() {
  const record = useRecordContext<{ rhythm?: Rhythm; status?: string }>();
  const translate = useTranslate();
  const rhythm = record?.rhythm;
  if (!rhythm) return null;
  return (
    <Stack spacing={0.25} sx={{ alignItems: 'flex-start' }} data-testid="contact-rhythm">
      <Typography variant="body2" component="span">
        <LastContact at={rhythm.lastContactedAt} />
      </Typography>
      <Typography variant="caption" sx={{ color: 'text.secondary', whiteSpace: 'nowrap' }}>
        {translate('trident.rhythm.visits_90', { smart_count: rhythm.contactsLast90Days })}
      </Typography>
      {rhythm.stale && record?.status !== 'LEFT' && <CoolingChip since={rhythm.dueAt} />}
    </Stack>
  );
}

/** The contact page's panel: how warm the relationship is kept, against its cadence. */
export function RhythmPanel() {
  const record = useRecordContext<{ rhythm?: Rhythm; status?: string }>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const rhythm = record?.rhythm;
  if (!rhythm) return null;
  const item = (label: string, value: React.ReactNode) => (
    <Box sx={{ minWidth: 0 }}>
      <Typography variant="caption" sx={{ color: 'text.secondary' }}>
        {translate(label)}
      </Typography>
      <Typography variant="body2" component="div">
        {value}
      </Typography>
    </Box>
  );
  return (
    <Card variant="outlined" sx={{ mb: 2 }} data-testid="contact-rhythm-panel">
      <CardContent sx={{ pb: '12px !important' }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
          <Typography variant="subtitle1">{translate('trident.rhythm.title')}</Typography>
          {rhythm.stale && record?.status !== 'LEFT' && <CoolingChip since={rhythm.dueAt} />}
        </Stack>
        <Box
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(4, minmax(0, 1fr))' },
            gap: 1.5,
          }}
        >
          {item('trident.rhythm.last_contact', <LastContact at={rhythm.lastContactedAt} />)}
          {item('trident.rhythm.visits_90_label', String(rhythm.contactsLast90Days))}
          {item(
            'trident.rhythm.cadence_label',
            rhythm.cadenceDays
              ? translate('trident.rhythm.every_days', { smart_count: rhythm.cadenceDays })
              : translate('trident.rhythm.no_cadence'),
          )}
          {item('trident.rhythm.next_due', rhythm.dueAt ? formatDate(rhythm.dueAt, locale) : '—')}
        </Box>
      </CardContent>
    </Card>
  );
}
