import TrendingUpIcon from '@mui/icons-material/TrendingUp';
import {
  Alert,
  AlertTitle,
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
import { useNavigate } from 'react-router-dom';
import { Button, useCanAccess, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { apiError, type ApiErrorDetails, errorText } from '../../providers/api-error';
import { useApi } from '../../providers/api';
import type { ConvertLeadInput, LeadFieldsFragment } from '../../gql/graphql';
import { CONVERT_LEAD } from './leads.graphql';

/** The API's refusal, in words: which BANT items are missing, or what else went wrong. */
function ConvertError({ error, canOverride }: { error: ApiErrorDetails; canOverride: boolean }) {
  const translate = useTranslate();
  if (error.field === 'bant' && error.missing.length) {
    const items = error.missing.map((item) => translate(`trident.bant_items.${item}`)).join(', ');
    return (
      <Alert severity="error" role="alert" sx={{ mb: 2 }}>
        <AlertTitle>{translate('trident.lead.not_qualified')}</AlertTitle>
        {translate('trident.lead.bant_missing', { items })}{' '}
        {translate(canOverride ? 'trident.lead.override_hint' : 'trident.lead.confirm_hint')}
      </Alert>
    );
  }
  return (
    <Alert severity="error" role="alert" sx={{ mb: 2 }}>
      {errorText(error)}
    </Alert>
  );
}

/**
 * A qualified lead becomes a deal. The API checks BANT; a manager may convert anyway with
 * a reason (audited). After conversion the new opportunity opens.
 */
export function ConvertLeadButton() {
  const record = useRecordContext<LeadFieldsFragment>();
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const api = useApi();
  // Converting creates an opportunity: the same people may do it.
  const { canAccess: canConvert } = useCanAccess({ resource: 'opportunities', action: 'create' });
  const { canAccess: canOverride = false } = useCanAccess({
    resource: 'leads',
    action: 'override_bant',
  });
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState('CNY');
  const [closeDate, setCloseDate] = useState('');
  const [overrideReason, setOverrideReason] = useState('');
  const [error, setError] = useState<ApiErrorDetails | null>(null);

  const { mutate, isPending } = useMutation({
    mutationFn: (input: ConvertLeadInput) =>
      api.mutate(CONVERT_LEAD, { id: record!.id, input }).then((data) => data.convertLead),
    onSuccess: (result) => {
      setOpen(false);
      notify(
        result.overridden.length ? 'trident.lead.converted_override' : 'trident.lead.converted',
        { type: 'success', messageArgs: { name: result.opportunity.name } },
      );
      navigate(`/opportunities/${result.opportunity.id}/show`);
    },
    onError: (e: unknown) => setError(apiError(e)),
  });

  if (!record || record.status !== 'OPEN' || !canConvert) return null;

  const start = () => {
    setName(record.title);
    setAmount(record.estimated?.amount ?? '');
    setCurrency(record.estimated?.currency ?? 'CNY');
    setCloseDate('');
    setOverrideReason('');
    setError(null);
    setOpen(true);
  };
  const submit = () => {
    setError(null);
    const input: ConvertLeadInput = {};
    if (name.trim() && name.trim() !== record.title) input.name = name.trim();
    if (amount.trim()) input.amount = { amount: amount.trim(), currency: currency || 'CNY' };
    if (closeDate) input.expectedCloseDate = closeDate;
    if (canOverride && overrideReason.trim()) input.overrideReason = overrideReason.trim();
    mutate(input);
  };

  return (
    <>
      <Button label="trident.lead.convert" onClick={start} variant="contained">
        <TrendingUpIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <DialogTitle>{translate('trident.lead.convert')}</DialogTitle>
        <DialogContent>
          {error && <ConvertError error={error} canOverride={canOverride} />}
          <Stack spacing={2} sx={{ mt: 1 }}>
            <TextField
              label={translate('trident.lead.opportunity_name')}
              value={name}
              onChange={(event) => setName(event.target.value)}
              fullWidth
            />
            <Stack direction="row" spacing={2}>
              <TextField
                label={translate('resources.opportunities.fields.amount')}
                value={amount}
                type="number"
                onChange={(event) => setAmount(event.target.value)}
                helperText={translate('trident.lead.amount_help')}
                // The API names the money's part: `amount.amount`.
                error={error?.field === 'amount' || error?.field === 'amount.amount'}
                sx={{ flexGrow: 1 }}
              />
              <TextField
                label={translate('resources.accounts.fields.potential.currency')}
                value={currency}
                onChange={(event) => setCurrency(event.target.value.toUpperCase())}
                error={error?.field === 'amount.currency'}
                sx={{ width: 110 }}
              />
            </Stack>
            <TextField
              label={translate('resources.opportunities.fields.expectedCloseDate')}
              type="date"
              value={closeDate}
              onChange={(event) => setCloseDate(event.target.value)}
              slotProps={{ inputLabel: { shrink: true } }}
              error={error?.field === 'expectedCloseDate'}
            />
            {canOverride && (
              <TextField
                label={translate('trident.lead.override_reason')}
                value={overrideReason}
                onChange={(event) => setOverrideReason(event.target.value)}
                helperText={translate('trident.lead.override_help')}
                multiline
                minRows={2}
                color="warning"
                focused={error?.field === 'bant' || undefined}
                fullWidth
              />
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</MuiButton>
          <MuiButton variant="contained" onClick={submit} disabled={isPending}>
            {translate('trident.lead.convert')}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
}
