import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useNotify, useRefresh, useTranslate } from 'react-admin';
import type { ContractFieldsFragment as ContractRecord } from '../../gql/graphql';
import { SET_PAYMENT_PLAN } from './contracts.graphql';
import { useApi } from '../../providers/api';
import { apiError, apiMessage } from '../../providers/api-error';
import { planToEdit, shareTotal, type PlanRow } from './plan';

/** Sets the contract's milestones: the standard four stages, or one per delivery site. */
export function PaymentPlanButton({ contract }: { contract: ContractRecord }) {
  const translate = useTranslate();
  const api = useApi();
  const refresh = useRefresh();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const [mode, setMode] = useState<'standard' | 'perSite'>('standard');
  const [rows, setRows] = useState<PlanRow[]>([]);
  const [firstDue, setFirstDue] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const start = () => {
    const plan = planToEdit(contract.signedAt, contract.milestones);
    setMode(plan.mode);
    setRows(plan.rows);
    setFirstDue(plan.firstDue);
    setError(null);
    setOpen(true);
  };
  const edit = (index: number, patch: Partial<PlanRow>) =>
    setRows((current) => current.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const total = shareTotal(rows);
  const save = async () => {
    setPending(true);
    setError(null);
    try {
      await api.mutate(SET_PAYMENT_PLAN, {
        contractId: contract.id,
        input: mode === 'perSite' ? { perSite: true, firstDue } : { milestones: rows },
        version: contract.version,
      });
      notify('trident.plan_editor.saved', { type: 'success' });
      setOpen(false);
      refresh();
    } catch (e) {
      const details = apiError(e);
      const body = (e as { body?: { total?: string | number } }).body;
      setError(
        details.field === 'milestones' && body?.total !== undefined
          ? translate('trident.plan_editor.sum_error', { total: body.total })
          : apiMessage(details),
      );
    } finally {
      setPending(false);
    }
  };
  return (
    <>
      <Button size="small" variant="outlined" onClick={start}>
        {translate('trident.plan_editor.open')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <DialogTitle>{translate('trident.plan_editor.title')}</DialogTitle>
        <DialogContent>
          <RadioGroup
            row
            value={mode}
            onChange={(event) => setMode(event.target.value as 'standard' | 'perSite')}
          >
            <FormControlLabel
              value="standard"
              control={<Radio />}
              label={translate('trident.plan_editor.standard')}
            />
            <FormControlLabel
              value="perSite"
              control={<Radio />}
              disabled={contract.sites.length === 0}
              label={translate('trident.plan_editor.per_site', { count: contract.sites.length })}
            />
          </RadioGroup>
          {mode === 'standard' ? (
            <Stack spacing={1.5} sx={{ mt: 1 }}>
              {rows.map((row, index) => (
                <Stack key={row.kind} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                  <Typography variant="body2" sx={{ width: 160 }}>
                    {translate(`trident.milestone_kinds.${row.kind}`)}
                  </Typography>
                  <TextField
                    size="small"
                    type="number"
                    label={translate('trident.plan_editor.share')}
                    value={row.share}
                    onChange={(event) => edit(index, { share: event.target.value })}
                    sx={{ width: 110 }}
                  />
                  <TextField
                    size="small"
                    type="date"
                    label={translate('trident.plan_editor.due')}
                    value={row.due}
                    onChange={(event) => edit(index, { due: event.target.value })}
                    slotProps={{ inputLabel: { shrink: true } }}
                  />
                </Stack>
              ))}
              <Typography
                variant="body2"
                sx={{ color: total === 100 ? 'success.main' : 'warning.main' }}
              >
                {translate('trident.plan_editor.total', { total })}
              </Typography>
            </Stack>
          ) : (
            <Stack spacing={1.5} sx={{ mt: 1 }}>
              <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                {contract.sites.join(', ')}
              </Typography>
              <TextField
                size="small"
                type="date"
                label={translate('trident.plan_editor.first_due')}
                value={firstDue}
                onChange={(event) => setFirstDue(event.target.value)}
                slotProps={{ inputLabel: { shrink: true } }}
              />
            </Stack>
          )}
          {error && (
            <Alert severity="error" sx={{ mt: 2 }}>
              {error}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" disabled={pending} onClick={() => void save()}>
            {translate('ra.action.save')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
