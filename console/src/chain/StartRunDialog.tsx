import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import {
  Alert,
  Box,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  maxLength,
  required,
  SelectInput,
  TextInput,
  useCanAccess,
  useLocaleState,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { Form, SaveButton } from '../inputs/forms';
import { useWatch } from 'react-hook-form';
import { useApi, retryNetworkErrors } from '../providers/api';
import { apiError, apiMessage } from '../providers/api-error';
import { formatMoney } from '../resources/money';
import { CHAIN_TEMPLATES, PLAN_RUN, START_PROCESS_RUN } from './chain.graphql';
import { formatDay } from './chain-chart';
import { ApproverCell, GapBadges, OwnerCell } from './ChainPeople';
import { orderRunTemplates } from './run-templates';

/** The preview of the template picked in the form (one request, shared by its readers). */
function usePlanRun(opportunityId: string) {
  const api = useApi();
  const templateId = useWatch({ name: 'templateId' }) as string | undefined;
  const preview = useQuery({
    queryKey: ['planRun', templateId, opportunityId],
    enabled: !!templateId,
    retry: retryNetworkErrors,
    queryFn: () =>
      api
        .query(PLAN_RUN, {
          input: { templateId: templateId!, subjectType: 'OPPORTUNITY', subjectId: opportunityId },
        })
        .then((data) => data.planRun),
  });
  return { templateId, preview };
}

/** The path the deal calls for under the chosen template, before anything is saved. */
function RunPreview({ opportunityId }: { opportunityId: string }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { templateId, preview } = usePlanRun(opportunityId);
  if (!templateId)
    return (
      <Typography variant="body2" sx={{ color: 'text.secondary', py: 2 }}>
        {translate('trident.chain.pick_template')}
      </Typography>
    );
  if (preview.error)
    return (
      <Alert severity="error" data-testid="run-preview-error">
        {apiMessage(apiError(preview.error))}
      </Alert>
    );
  if (preview.isPending || !preview.data)
    return (
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', py: 2 }}>
        <CircularProgress size={20} />
        <Typography variant="body2">{translate('trident.chain.previewing')}</Typography>
      </Stack>
    );
  const plan = preview.data;
  const facts = [
    plan.amount !== null &&
      translate('trident.chain.preview_amount', {
        amount: formatMoney({ amount: plan.amount, currency: plan.currency }, locale),
      }),
    plan.productLines.length > 0 &&
      translate('trident.chain.preview_products', { products: plan.productLines.join(', ') }),
    plan.region && translate('trident.chain.preview_region', { region: plan.region }),
    plan.expectedCloseDate &&
      translate('trident.chain.preview_close', {
        date: formatDay(plan.expectedCloseDate, locale, true),
      }),
  ].filter(Boolean);
  return (
    <Box data-testid="run-preview">
      <Typography variant="subtitle2">
        {translate('trident.chain.preview_title', { name: plan.subjectName })}
      </Typography>
      {facts.length > 0 && (
        <Typography variant="caption" component="div" sx={{ color: 'text.secondary', mb: 1 }}>
          {translate('trident.chain.preview_sees')} {facts.join(' · ')}
        </Typography>
      )}
      {plan.steps.length === 0 ? (
        <Alert severity="info" data-testid="run-preview-empty">
          {translate('trident.chain.preview_empty')}
        </Alert>
      ) : (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" sx={{ '& td': { verticalAlign: 'top' } }}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('trident.chain.step')}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {translate('trident.chain.expected')}
                </TableCell>
                <TableCell>{translate('trident.chain.our_owner')}</TableCell>
                <TableCell>{translate('trident.chain.approver')}</TableCell>
                <TableCell>{translate('trident.chain.gaps_title')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {plan.steps.map((step) => (
                <TableRow key={step.id} data-testid="preview-step">
                  <TableCell>
                    {step.position}. {step.name}
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {formatDay(step.expectedStart, locale)} –{' '}
                    {formatDay(step.expectedFinish, locale)}
                    <Typography variant="caption" component="div" sx={{ color: 'text.secondary' }}>
                      {translate('trident.chain.typical_days', { days: step.typicalDays })}
                    </Typography>
                  </TableCell>
                  <TableCell>
                    <OwnerCell step={step} />
                  </TableCell>
                  <TableCell>
                    <ApproverCell step={step} />
                  </TableCell>
                  <TableCell>
                    <GapBadges stepId={step.id} gaps={step.gaps} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {plan.steps.some((step) => step.gaps.length > 0) && (
            <Typography variant="caption" component="div" sx={{ color: 'warning.dark', mt: 1 }}>
              {translate('trident.chain.preview_gaps')}
            </Typography>
          )}
        </Box>
      )}
    </Box>
  );
}

/** Start disabled until the preview shows at least one step. */
function StartButton({ opportunityId }: { opportunityId: string }) {
  const { preview } = usePlanRun(opportunityId);
  return (
    <SaveButton
      label="trident.chain.start"
      icon={<PlayArrowIcon />}
      disabled={(preview.data?.steps.length ?? 0) === 0}
      data-testid="start-run-submit"
    />
  );
}

/** Pick a process (the account's own first), see the path this deal calls for, start it. */
function StartRunDialog({
  opportunityId,
  accountId,
  onClose,
}: {
  opportunityId: string;
  accountId: string;
  onClose: () => void;
}) {
  const translate = useTranslate();
  const api = useApi();
  const notify = useNotify();
  const refresh = useRefresh();
  const templates = useQuery({
    queryKey: ['chainTemplates', accountId],
    retry: retryNetworkErrors,
    queryFn: () =>
      api.query(CHAIN_TEMPLATES, { accountId }).then((data) => data.processTemplates.nodes),
  });
  const choices = orderRunTemplates(templates.data ?? []).map((t) => ({
    id: t.id,
    name: `${t.name} · ${translate(`trident.process_kinds.${t.kind}`)}${
      t.accountId ? '' : ` · ${translate('trident.process.global')}`
    }`,
  }));
  const submit = async (values: Record<string, unknown>) => {
    const title = typeof values.title === 'string' ? values.title.trim() : '';
    try {
      await api.mutate(START_PROCESS_RUN, {
        input: {
          templateId: String(values.templateId),
          subjectType: 'OPPORTUNITY',
          subjectId: opportunityId,
          title: title || null,
        },
      });
    } catch (error) {
      const details = apiError(error);
      if (details.field === 'templateId' || details.field === 'title')
        return { [details.field]: apiMessage(details) };
      notify(apiMessage(details), { type: 'error' });
      return undefined;
    }
    notify('trident.chain.started_run', { type: 'success' });
    onClose();
    refresh();
    return undefined;
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="lg" data-testid="start-run-dialog">
      <Form onSubmit={submit} defaultValues={{ templateId: '', title: '' }}>
        <DialogTitle>{translate('trident.chain.start_title')}</DialogTitle>
        <DialogContent>
          {templates.error ? (
            <Alert severity="error">{apiMessage(apiError(templates.error))}</Alert>
          ) : (
            <Box
              sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2 }}
            >
              <SelectInput
                source="templateId"
                label="trident.chain.fields.template"
                choices={choices}
                translateChoice={false}
                isPending={templates.isPending}
                validate={required()}
              />
              <TextInput
                source="title"
                label="trident.chain.fields.title"
                helperText="trident.chain.fields.title_help"
                validate={maxLength(200)}
              />
            </Box>
          )}
          {!templates.isPending && choices.length === 0 && !templates.error ? (
            <Alert severity="info">{translate('trident.chain.no_templates')}</Alert>
          ) : (
            <RunPreview opportunityId={opportunityId} />
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
          <StartButton opportunityId={opportunityId} />
        </DialogActions>
      </Form>
    </Dialog>
  );
}

/** "Start a customer process" on a deal, for whoever may start one. */
export function StartRunButton({
  opportunityId,
  accountId,
  variant = 'outlined',
}: {
  opportunityId: string;
  accountId: string;
  variant?: 'outlined' | 'text' | 'contained';
}) {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const { canAccess = false } = useCanAccess({ resource: 'processRuns', action: 'start' });
  if (!canAccess) return null;
  return (
    <>
      <Button
        size="small"
        variant={variant}
        startIcon={<PlayArrowIcon />}
        onClick={() => setOpen(true)}
        data-testid="start-run"
      >
        {translate('trident.chain.start_run')}
      </Button>
      {open && (
        <StartRunDialog
          opportunityId={opportunityId}
          accountId={accountId}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
