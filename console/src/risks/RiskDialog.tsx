import AddTaskIcon from '@mui/icons-material/AddTask';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  TextField,
  Typography,
} from '@mui/material';
import { RISK_STATUSES } from '@trident/domain';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useCanAccess, useNotify, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { apiError } from '../providers/api-error';
import { useApi } from '../providers/api';
import {
  createRiskInput,
  emptyRiskForm,
  mitigationTaskState,
  riskForm,
  riskFormErrors,
  updateRiskInput,
  type Risk,
  type RiskForm,
} from './risk-logic';
import { ExposureChip, SourceChip } from './RiskChips';
import { ACCOUNT_TEAM_USERS, CREATE_RISK, UPDATE_RISK } from './risks.graphql';

const SCORES = [1, 2, 3, 4, 5];

/** The button that opens the task form to mitigate a risk: its customer and the risk filled in. */
export function MitigationTaskButton({ risk, compact = false }: { risk: Risk; compact?: boolean }) {
  const translate = useTranslate();
  const { canAccess = false } = useCanAccess({ resource: 'tasks', action: 'create' });
  if (!canAccess || risk.status === 'CLOSED') return null;
  return (
    <Button
      size="small"
      component={Link}
      to="/tasks/create"
      state={mitigationTaskState(risk)}
      startIcon={<AddTaskIcon />}
      data-testid="risk-add-task"
      onClick={(event) => event.stopPropagation()}
    >
      {translate(compact ? 'trident.risks.add_task_short' : 'trident.risks.add_task')}
    </Button>
  );
}

/**
 * Enter or edit one risk: what could go wrong, how likely (1–5), how bad (1–5), who owns it
 * (someone on the account team — the API refuses anyone else: OWNER_NOT_ON_TEAM), how it is
 * being reduced, when to look again; on edit also its status.
 */
export function RiskDialog({
  open,
  accountId,
  risk,
  readOnly,
  onClose,
  onSaved,
}: {
  open: boolean;
  accountId: string;
  /** null: a new risk. */
  risk: Risk | null;
  readOnly: boolean;
  onClose: () => void;
  onSaved: (risk: Risk) => void;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const api = useApi();
  const [form, setForm] = useState<RiskForm>(emptyRiskForm);
  const [touched, setTouched] = useState(false);
  const [serverErrors, setServerErrors] = useState<Partial<Record<keyof RiskForm, string>>>({});
  useEffect(() => {
    if (!open) return;
    setForm(risk ? riskForm(risk) : emptyRiskForm());
    setTouched(false);
    setServerErrors({});
  }, [open, risk]);
  const team = useQuery({
    queryKey: ['accountTeamUsers', accountId],
    enabled: open && !readOnly,
    staleTime: 60_000,
    queryFn: () => api.query(ACCOUNT_TEAM_USERS, { accountId }).then((d) => d.users.nodes),
  });
  const errors = riskFormErrors(form);
  const message = (field: keyof RiskForm) => {
    const key = serverErrors[field] ?? (touched ? errors[field] : undefined);
    return key ? (serverErrors[field] ? key : translate(key)) : undefined;
  };
  const set = <K extends keyof RiskForm>(field: K, value: RiskForm[K]) => {
    setForm({ ...form, [field]: value });
    setServerErrors({ ...serverErrors, [field]: undefined });
  };

  const save = useMutation({
    mutationFn: async () =>
      risk
        ? (
            await api.mutate(UPDATE_RISK, {
              id: risk.id,
              version: risk.version,
              input: updateRiskInput(risk, form),
            })
          ).updateRisk
        : (await api.mutate(CREATE_RISK, { input: createRiskInput(accountId, form) })).createRisk,
    onSuccess: (saved) => {
      notify(risk ? 'trident.risks.updated' : 'trident.risks.created', {
        type: 'success',
        messageArgs: { title: saved.title },
      });
      onSaved(saved);
    },
    onError: (failure: unknown) => {
      const details = apiError(failure);
      if (details.code === 'CONFLICT') {
        notify('trident.risks.conflict', { type: 'warning' });
        onClose();
        return;
      }
      if (details.code === 'BAD_USER_INPUT' && details.field && details.field in form) {
        setServerErrors({ [details.field]: details.words });
        return;
      }
      notify(details.message, { type: 'error' });
    },
  });
  const submit = () => {
    setTouched(true);
    if (Object.keys(errors).length > 0) return;
    save.mutate();
  };
  const owners = team.data ?? [];
  // The saved owner stays choosable even if they left the team meanwhile.
  const ownerChoices =
    risk?.owner && !owners.some((u) => u.id === risk.owner!.id) ? [...owners, risk.owner] : owners;
  const exposure = form.likelihood * form.impact;
  const title = risk
    ? translate(readOnly ? 'trident.risks.view_title' : 'trident.risks.edit_title')
    : translate('trident.risks.create_title');

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" data-testid="risk-dialog">
      <DialogTitle sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        {title}
        {risk && <SourceChip source={risk.source} />}
      </DialogTitle>
      <DialogContent>
        {risk && risk.source !== 'MANUAL' && (
          <Alert severity="info" sx={{ mb: 2 }}>
            {translate(`trident.risks.source_help.${risk.source}`)}
          </Alert>
        )}
        <Box
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))' },
            columnGap: 2,
            rowGap: 1,
            pt: 1,
          }}
        >
          <TextField
            sx={{ gridColumn: '1 / -1' }}
            label={translate('trident.risks.fields.title')}
            value={form.title}
            onChange={(event) => set('title', event.target.value)}
            required
            disabled={readOnly}
            error={!!message('title')}
            helperText={message('title') ?? ' '}
            slotProps={{ htmlInput: { maxLength: 200, 'data-testid': 'risk-title' } }}
          />
          <TextField
            sx={{ gridColumn: '1 / -1' }}
            label={translate('trident.risks.fields.description')}
            value={form.description}
            onChange={(event) => set('description', event.target.value)}
            multiline
            minRows={2}
            disabled={readOnly}
            error={!!message('description')}
            helperText={message('description') ?? ' '}
          />
          <TextField
            select
            label={translate('trident.risks.fields.likelihood')}
            value={form.likelihood}
            onChange={(event) => set('likelihood', Number(event.target.value))}
            disabled={readOnly}
            error={!!message('likelihood')}
            helperText={message('likelihood') ?? translate('trident.risks.likelihood_help')}
          >
            {SCORES.map((n) => (
              <MenuItem key={n} value={n}>
                {n} · {translate(`trident.risks.likelihood_levels.${n}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            label={translate('trident.risks.fields.impact')}
            value={form.impact}
            onChange={(event) => set('impact', Number(event.target.value))}
            disabled={readOnly}
            error={!!message('impact')}
            helperText={message('impact') ?? translate('trident.risks.impact_help')}
          >
            {SCORES.map((n) => (
              <MenuItem key={n} value={n}>
                {n} · {translate(`trident.risks.impact_levels.${n}`)}
              </MenuItem>
            ))}
          </TextField>
          <Box sx={{ gridColumn: '1 / -1', display: 'flex', alignItems: 'center', gap: 1, mb: 1 }}>
            <Typography variant="body2" sx={{ color: 'text.secondary' }}>
              {translate('trident.risks.fields.exposure')}
            </Typography>
            <ExposureChip exposure={exposure} likelihood={form.likelihood} impact={form.impact} />
          </Box>
          <TextField
            select
            label={translate('trident.risks.fields.owner')}
            value={form.ownerId}
            onChange={(event) => set('ownerId', event.target.value)}
            disabled={readOnly}
            error={!!message('ownerId')}
            helperText={message('ownerId') ?? translate('trident.risks.owner_help')}
            slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
          >
            <MenuItem value="">
              <em>{translate('trident.risks.no_owner')}</em>
            </MenuItem>
            {ownerChoices.map((user) => (
              <MenuItem key={user.id} value={user.id}>
                {user.name}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            type="date"
            label={translate('trident.risks.fields.review_date')}
            value={form.reviewDate}
            onChange={(event) => set('reviewDate', event.target.value)}
            disabled={readOnly}
            error={!!message('reviewDate')}
            helperText={message('reviewDate') ?? translate('trident.risks.review_help')}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <TextField
            sx={{ gridColumn: '1 / -1' }}
            label={translate('trident.risks.fields.mitigation')}
            value={form.mitigation}
            onChange={(event) => set('mitigation', event.target.value)}
            multiline
            minRows={2}
            disabled={readOnly}
            error={!!message('mitigation')}
            helperText={message('mitigation') ?? translate('trident.risks.mitigation_help')}
          />
          {risk && (
            <TextField
              select
              label={translate('trident.risks.fields.status')}
              value={form.status}
              onChange={(event) => set('status', event.target.value as RiskForm['status'])}
              disabled={readOnly}
              error={!!message('status')}
              helperText={message('status') ?? ' '}
              slotProps={{ htmlInput: { 'data-testid': 'risk-status' } }}
            >
              {RISK_STATUSES.map((status) => (
                <MenuItem key={status} value={status}>
                  {translate(`trident.risks.statuses.${status}`)}
                </MenuItem>
              ))}
            </TextField>
          )}
        </Box>
        {risk && risk.tasks.length > 0 && (
          <Box sx={{ mt: 1 }}>
            <Typography variant="subtitle2">{translate('trident.risks.tasks')}</Typography>
            {risk.tasks.map((task) => (
              <Typography key={task.id} variant="body2">
                <Link to={`/tasks/${task.id}/show`} onClick={onClose}>
                  {task.title}
                </Link>{' '}
                · {translate(`trident.task_statuses.${task.status}`)}
              </Typography>
            ))}
          </Box>
        )}
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        {risk && !readOnly && <MitigationTaskButton risk={risk} />}
        <Box sx={{ flexGrow: 1 }} />
        <Button onClick={onClose}>
          {translate(readOnly ? 'ra.action.close' : 'ra.action.cancel')}
        </Button>
        {!readOnly && (
          <Button
            variant="contained"
            onClick={submit}
            loading={save.isPending}
            disabled={save.isPending || (touched && Object.keys(errors).length > 0)}
            data-testid="risk-save"
          >
            {translate('ra.action.save')}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
