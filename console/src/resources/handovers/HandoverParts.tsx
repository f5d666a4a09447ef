import { Box, Chip, LinearProgress, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { HandoverFieldsFragment } from '../../gql/graphql';

export type HandoverRow = HandoverFieldsFragment;

export function HandoverProgress({ progress }: { progress: HandoverRow['progress'] }) {
  const translate = useTranslate();
  const value = progress.total ? (100 * progress.done) / progress.total : 100;
  return (
    <Box sx={{ minWidth: 160 }} data-testid="handover-progress">
      <LinearProgress variant="determinate" value={value} sx={{ height: 8, borderRadius: 4 }} />
      <Typography variant="caption">
        {translate('trident.handover.progress', { done: progress.done, total: progress.total })}
      </Typography>
    </Box>
  );
}

export function HandoverStatus({ status }: { status: string }) {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={status === 'DONE' ? 'success' : 'warning'}
      label={translate(`trident.handover_statuses.${status}`)}
    />
  );
}
