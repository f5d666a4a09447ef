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
import {
  planRowErrors,
  planToEdit,
  refusedRow,
  shareTotal,
  type PlanRow,
  type RowErrors,
} from './plan';

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
  // Shown once a save was tried, then kept up to date as the rows change.
  const [checked, setChecked] = useState(false);
  const [refused, setRefused] = useState<{
    index: number;
    key: keyof RowErrors;
    message: string;
  } | null>(null);
  const [firstDueError, setFirstDueError] = useState<string | null>(null);
  const rowErrors = planRowErrors(rows);
  const rowError = (index: number, key: keyof RowErrors): string | undefined => {
    if (refused?.index === index && refused.key === key) return refused.message;
    const own = checked ? rowErrors[index]?.[key] : undefined;
    return own ? translate(own) : undefined;
  };
  const start = () => {
    setChecked(false);
    setRefused(null);
    setFirstDueError(null);
    const plan = planToEdit(contract.signedAt, contract.milestones);
    setMode(plan.mode);
    setRows(plan.rows);
    setFirstDue(plan.firstDue);
    setError(null);
    setOpen(true);
  };
  const edit = (index: number, patch: Partial<PlanRow>) => {
    setRefused(null);
    setRows((current) => current.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  };
  const total = shareTotal(rows);
  const save = async () => {
    setChecked(true);
    setError(null);
    setRefused(null);
    setFirstDueError(null);
    if (mode === 'perSite' && !firstDue) {
      setFirstDueError(translate('ra.validation.required'));
      return;
    }
    if (mode === 'standard' && rowErrors.some((errors) => errors.share || errors.due)) return;
    setPending(true);
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
      // A refusal that names a row goes beside it; the plan's own (its total) under the rows.
      const row = refusedRow(details.field);
      if (row) {
        setRefused({ ...row, message: apiMessage(details) });
        return;
      }
      if (details.field === 'firstDue') {
        setFirstDueError(apiMessage(details));
        return;
      }
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
                    error={!!rowError(index, 'share')}
                    helperText={rowError(index, 'share')}
                    sx={{ width: 150 }}
                  />
                  <TextField
                    size="small"
                    type="date"
                    label={translate('trident.plan_editor.due')}
                    value={row.due}
                    onChange={(event) => edit(index, { due: event.target.value })}
                    error={!!rowError(index, 'due')}
                    helperText={rowError(index, 'due')}
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
                onChange={(event) => {
                  setFirstDueError(null);
                  setFirstDue(event.target.value);
                }}
                error={!!firstDueError}
                helperText={firstDueError ?? undefined}
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
