import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { usePermissions, useTranslate } from 'react-admin';
import { canSeeField, type Role } from '@trident/domain';
import type { ChartContact } from './org-chart-structure';
import type { OrgChartQuery } from '../gql/graphql';

type ChartInfluence = NonNullable<OrgChartQuery['orgChart']>['influences'][number];

/** Names the new edge's two ends and asks how strong the sway is, with a note. */
export function AddInfluenceDialog({
  from,
  to,
  saving,
  onSave,
  onCancel,
}: {
  from: ChartContact;
  to: ChartContact;
  saving: boolean;
  onSave: (strength: number, note: string) => void;
  onCancel: () => void;
}) {
  const translate = useTranslate();
  const { permissions } = usePermissions<Role[]>();
  // Why one person sways another is relationship intelligence: only the account manager's
  // line writes it (the API refuses the note from the others).
  const writesNote = canSeeField(permissions ?? [], 'Influence.note');
  const [strength, setStrength] = useState(2);
  const [note, setNote] = useState('');
  return (
    <Dialog open onClose={onCancel} fullWidth maxWidth="xs" data-testid="add-influence-dialog">
      <DialogTitle>{translate('trident.org_chart.add_influence')}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ mb: 2 }}>
          {translate('trident.org_chart.sways', { from: from.name, to: to.name })}
        </Typography>
        <Stack spacing={2}>
          <TextField
            select
            label={translate('trident.org_chart.strength')}
            value={strength}
            onChange={(event) => setStrength(Number(event.target.value))}
            size="small"
          >
            {[1, 2, 3].map((n) => (
              <MenuItem key={n} value={n}>
                {'●'.repeat(n)} {translate(`trident.org_chart.strengths.${n}`)}
              </MenuItem>
            ))}
          </TextField>
          {writesNote && (
            <TextField
              label={translate('trident.org_chart.note')}
              value={note}
              onChange={(event) => setNote(event.target.value)}
              size="small"
              slotProps={{ htmlInput: { maxLength: 500 } }}
            />
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" disabled={saving} onClick={() => onSave(strength, note)}>
          {translate('ra.action.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** One influence edge: who sways whom, how strongly; removable by who may remove it. */
export function InfluenceDialog({
  influence,
  from,
  to,
  canRemove,
  removing,
  onRemove,
  onClose,
}: {
  influence: ChartInfluence;
  from: ChartContact | undefined;
  to: ChartContact | undefined;
  canRemove: boolean;
  removing: boolean;
  onRemove: () => void;
  onClose: () => void;
}) {
  const translate = useTranslate();
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs" data-testid="influence-dialog">
      <DialogTitle>{translate('trident.org_chart.influence_edge')}</DialogTitle>
      <DialogContent>
        <Typography variant="body2">
          {translate('trident.org_chart.sways', { from: from?.name, to: to?.name })}
        </Typography>
        <Typography variant="body2" sx={{ mt: 1 }}>
          {translate('trident.org_chart.strength')}: {'●'.repeat(influence.strength)}{' '}
          {translate(`trident.org_chart.strengths.${influence.strength}`)}
        </Typography>
        {influence.note && (
          <Typography variant="body2" sx={{ mt: 1, color: 'text.secondary' }}>
            {influence.note}
          </Typography>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.close')}</Button>
        {canRemove && (
          <Button color="error" variant="contained" disabled={removing} onClick={onRemove}>
            {translate('trident.org_chart.remove_influence')}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
