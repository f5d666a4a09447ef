import TuneIcon from '@mui/icons-material/Tune';
import {
  Alert,
  Button as MuiButton,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
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
import { apiError } from '../../providers/api-error';
import { useApi } from '../../providers/api';
import type { SalesTargetFieldsFragment } from '../../gql/graphql';
import { ADJUST_TARGET } from './sales-targets.graphql';
import { FastOxWarning } from './FastOxWarning';

/** Changes a revenue target with a reason; a rise for someone ahead of plan comes back flagged. */
export function AdjustTargetButton() {
  const record = useRecordContext<SalesTargetFieldsFragment>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const api = useApi();
  // Adjusting is setting the target again: the same managers may do it.
  const { canAccess } = useCanAccess({ resource: 'salesTargets', action: 'edit' });
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  // The input the refusal names (newValue, reason) is marked, with the words beside it.
  const [errorField, setErrorField] = useState<string | null>(null);
  const [flagged, setFlagged] = useState(false);
  const { mutate, isPending } = useMutation({
    mutationFn: () =>
      api
        .mutate(ADJUST_TARGET, {
          userId: record!.userId,
          period: record!.period,
          newValue: value.trim(),
          reason: reason.trim(),
        })
        .then((data) => data.adjustTarget),
    onSuccess: (result) => {
      refresh();
      if (result.flagged) {
        // Keep the dialog open: the warning must be read, not flash by.
        setFlagged(true);
        notify('trident.target.flagged_title', { type: 'warning' });
      } else {
        setOpen(false);
        notify('trident.target.adjusted', { type: 'success' });
      }
    },
    onError: (e: unknown) => {
      const details = apiError(e);
      setError(details.message);
      setErrorField(details.field ?? null);
    },
  });
  if (!record || !canAccess) return null;
  const start = () => {
    setValue(String(Number(record.revenue)));
    setReason('');
    setError(null);
    setErrorField(null);
    setFlagged(false);
    setOpen(true);
  };
  return (
    <>
      <Button
        label="trident.target.adjust"
        onClick={(event) => {
          event.stopPropagation();
          start();
        }}
      >
        <TuneIcon />
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        onClick={(event) => event.stopPropagation()}
        fullWidth
        maxWidth="sm"
      >
        <DialogTitle>
          {translate('trident.target.adjust_title', {
            name: record.user?.name ?? '',
            period: record.period,
          })}
        </DialogTitle>
        <DialogContent>
          {flagged && <FastOxWarning />}
          {error && (
            <Alert severity="error" role="alert" sx={{ mb: 1 }}>
              {error}
            </Alert>
          )}
          {!flagged && (
            <Stack spacing={2} sx={{ mt: 1 }}>
              <TextField
                label={`${translate('resources.salesTargets.fields.revenue')} (${record.currency})`}
                type="number"
                value={value}
                onChange={(event) => setValue(event.target.value)}
                error={!!error && errorField === 'newValue'}
                autoFocus
              />
              <TextField
                label={translate('resources.salesTargets.fields.reason')}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
                error={!!error && errorField === 'reason'}
                multiline
                minRows={2}
              />
            </Stack>
          )}
        </DialogContent>
        <DialogActions>
          {flagged ? (
            <MuiButton variant="contained" color="warning" onClick={() => setOpen(false)}>
              {translate('trident.target.understood')}
            </MuiButton>
          ) : (
            <>
              <MuiButton onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</MuiButton>
              <MuiButton
                variant="contained"
                disabled={!value.trim() || !reason.trim() || isPending}
                onClick={() => {
                  setError(null);
                  setErrorField(null);
                  mutate();
                }}
              >
                {translate('ra.action.save')}
              </MuiButton>
            </>
          )}
        </DialogActions>
      </Dialog>
    </>
  );
}
