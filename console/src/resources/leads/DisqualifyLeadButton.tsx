import { errorText } from '../../providers/api-error';
import BlockIcon from '@mui/icons-material/Block';
import {
  Button as MuiButton,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  TextField,
} from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import {
  Button,
  useCanAccess,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { LeadFieldsFragment } from '../../gql/graphql';
import { useApi } from '../../providers/api';
import { DISQUALIFY_LEAD } from './leads.graphql';

/** A lead that will not become a deal is closed with a reason, never deleted. */
export function DisqualifyLeadButton() {
  const record = useRecordContext<LeadFieldsFragment>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const api = useApi();
  const { canAccess } = useCanAccess({ resource: 'opportunities', action: 'create' });
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const { mutate, isPending } = useMutation({
    mutationFn: () =>
      api.mutate(DISQUALIFY_LEAD, {
        id: record!.id,
        reason: reason.trim(),
        version: record!.version,
      }),
    onSuccess: () => {
      setOpen(false);
      notify('trident.lead.disqualified', { type: 'info' });
      refresh();
    },
    onError: (error: Error) => notify(errorText(error), { type: 'error' }),
  });
  if (!record || record.status !== 'OPEN' || !canAccess) return null;
  return (
    <>
      <Button label="trident.lead.disqualify" onClick={() => setOpen(true)} color="error">
        <BlockIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <DialogTitle>{translate('trident.lead.disqualify')}</DialogTitle>
        <DialogContent>
          <TextField
            autoFocus
            fullWidth
            multiline
            label={translate('trident.lead.disqualify_reason')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            sx={{ mt: 1 }}
          />
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</MuiButton>
          <MuiButton color="error" disabled={!reason.trim() || isPending} onClick={() => mutate()}>
            {translate('ra.action.confirm')}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
}
