import LockClockIcon from '@mui/icons-material/LockClock';
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
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { CheckboxGroupInput, useCanAccess, useNotify, useRefresh, useTranslate } from 'react-admin';
import { Form, SaveButton } from '../../inputs/forms';
import { Link } from 'react-router-dom';
import type {
  ContractFieldsFragment as ContractRecord,
  PaymentMilestoneFieldsFragment as MilestoneRecord,
} from '../../gql/graphql';
import { retryNetworkErrors, useApi } from '../../providers/api';
import { apiError, apiMessage } from '../../providers/api-error';
import { GATE_CHOICES, SET_MILESTONE_GATES } from './contracts.graphql';

/**
 * 签字放款: what the milestone still waits on — each gate not yet passed, with the
 * customer's approver and our owner — or that its gates have all passed.
 */
export function WaitingOn({ milestone }: { milestone: MilestoneRecord }) {
  const translate = useTranslate();
  if (milestone.gates.length === 0) return null;
  if (milestone.waitingOn.length === 0)
    return (
      <Typography variant="caption" sx={{ color: 'success.main' }} data-testid="gates-passed">
        {translate('trident.gates.all_passed', { smart_count: milestone.gates.length })}
      </Typography>
    );
  return (
    <Stack spacing={0.25} sx={{ mb: 0.5 }} data-testid="waiting-on">
      {milestone.waitingOn.map((step) => (
        <Stack
          key={step.id}
          direction="row"
          spacing={0.75}
          sx={{ alignItems: 'center', flexWrap: 'wrap' }}
        >
          <LockClockIcon fontSize="small" color="warning" />
          <Typography variant="body2">
            {translate('trident.gates.waiting_on')}{' '}
            {step.run ? (
              <Link to={`/processRuns/${step.run.id}/show`}>{step.name}</Link>
            ) : (
              step.name
            )}{' '}
            · {translate(`trident.run_step_statuses.${step.status}`)}
            {step.daysLate > 0 &&
              ` · ${translate('trident.chain.days_late', { days: step.daysLate })}`}
          </Typography>
          <Typography variant="caption" sx={{ color: 'text.secondary' }}>
            {translate('trident.gates.people', {
              customer:
                step.approverContact?.name ??
                step.approverOrgUnit?.name ??
                translate('trident.chain.approver_unknown'),
              ours: step.owner?.name ?? translate('trident.chain.nobody'),
            })}
          </Typography>
        </Stack>
      ))}
    </Stack>
  );
}

function GatesDialog({
  milestone,
  contract,
  onClose,
}: {
  milestone: MilestoneRecord;
  contract: ContractRecord;
  onClose: () => void;
}) {
  const translate = useTranslate();
  const api = useApi();
  const notify = useNotify();
  const refresh = useRefresh();
  const runs = useQuery({
    queryKey: ['gateChoices', contract.id],
    retry: retryNetworkErrors,
    queryFn: () =>
      api.query(GATE_CHOICES, { contractId: contract.id, opportunityId: contract.opportunityId }),
  });
  const choices = runs.data
    ? [...runs.data.contractRuns.nodes, ...runs.data.dealRuns.nodes].flatMap((run) =>
        [...run.steps]
          .sort((a, b) => a.position - b.position)
          .map((step) => ({
            id: step.id,
            name: `${run.template?.name ?? run.title} · ${step.position}. ${step.name} (${translate(
              `trident.run_step_statuses.${step.status}`,
            )})`,
          })),
      )
    : [];
  const submit = async (values: Record<string, unknown>) => {
    const runStepIds = Array.isArray(values.runStepIds) ? (values.runStepIds as string[]) : [];
    try {
      await api.mutate(SET_MILESTONE_GATES, { milestoneId: milestone.id, runStepIds });
    } catch (error) {
      const details = apiError(error);
      if (details.field === 'runStepIds') return { runStepIds: apiMessage(details) };
      notify(apiMessage(details), { type: 'error' });
      return undefined;
    }
    notify('trident.gates.saved', { type: 'success' });
    onClose();
    refresh();
    return undefined;
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" data-testid="gates-dialog">
      <Form onSubmit={submit} defaultValues={{ runStepIds: milestone.gates.map((g) => g.id) }}>
        <DialogTitle>
          {translate('trident.gates.title', {
            milestone: translate(`trident.milestone_kinds.${milestone.kind}`),
          })}
        </DialogTitle>
        <DialogContent>
          <Typography variant="body2" sx={{ color: 'text.secondary', mb: 1 }}>
            {translate('trident.gates.help')}
          </Typography>
          {runs.isPending ? (
            <Box sx={{ display: 'flex', justifyContent: 'center', p: 2 }}>
              <CircularProgress size={24} />
            </Box>
          ) : runs.error ? (
            <Alert severity="error">{apiMessage(apiError(runs.error))}</Alert>
          ) : choices.length === 0 ? (
            <Alert severity="info">{translate('trident.gates.no_runs')}</Alert>
          ) : (
            <CheckboxGroupInput
              source="runStepIds"
              label="trident.gates.steps"
              choices={choices}
              translateChoice={false}
              row={false}
            />
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
          <SaveButton />
        </DialogActions>
      </Form>
    </Dialog>
  );
}

/** Name the customer's signatures the money waits on (acceptance, the CFO's approval). */
export function GatesButton({
  milestone,
  contract,
}: {
  milestone: MilestoneRecord;
  contract: ContractRecord;
}) {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const { canAccess = false } = useCanAccess({
    resource: 'paymentMilestones',
    action: 'set_gates',
  });
  if (!canAccess || milestone.stage === 'PAID') return null;
  return (
    <>
      <Button
        size="small"
        startIcon={<LockClockIcon />}
        onClick={() => setOpen(true)}
        sx={{ whiteSpace: 'nowrap' }}
        data-testid="set-gates"
      >
        {translate('trident.gates.set')}
      </Button>
      {open && (
        <GatesDialog milestone={milestone} contract={contract} onClose={() => setOpen(false)} />
      )}
    </>
  );
}
