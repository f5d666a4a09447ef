import { errorText } from '../../providers/api-error';
import {
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
import { useNotify, useRefresh, useTranslate } from 'react-admin';
import type { MoveRunStepInput, RunStepStatus } from '../../gql/graphql';
import { useApi } from '../../providers/api';
import { MOVE_RUN_STEP } from './process-runs.graphql';

/** Where a step may go from where it is (mirrors the API's transition table). */
const NEXT: Partial<Record<RunStepStatus, RunStepStatus[]>> = {
  PENDING: ['IN_REVIEW', 'SKIPPED'],
  IN_REVIEW: ['PASSED', 'BLOCKED', 'SKIPPED'],
  BLOCKED: ['IN_REVIEW', 'PASSED', 'SKIPPED'],
};

/** Buttons to move one step of a running process; blocking asks why. */
export function StepActions({
  step,
  running,
}: {
  step: { id: string; status: RunStepStatus; version: number };
  running: boolean;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const api = useApi();
  const [blocking, setBlocking] = useState(false);
  const [reason, setReason] = useState('');
  const { mutate, isPending } = useMutation({
    mutationFn: (input: MoveRunStepInput) =>
      api.mutate(MOVE_RUN_STEP, { id: step.id, input, version: step.version }),
    onSuccess: () => refresh(),
    onError: (error: Error) => notify(errorText(error), { type: 'error' }),
  });
  const targets = running ? (NEXT[step.status] ?? []) : [];
  if (targets.length === 0) return null;
  return (
    <>
      <Stack direction="row" spacing={1} sx={{ mt: 0.5 }}>
        {targets.map((status) => (
          <MuiButton
            key={status}
            size="small"
            variant={status === 'PASSED' ? 'contained' : 'outlined'}
            color={status === 'BLOCKED' ? 'error' : 'primary'}
            disabled={isPending}
            onClick={() => (status === 'BLOCKED' ? setBlocking(true) : mutate({ status }))}
          >
            {translate(`trident.process.move_to.${status}`)}
          </MuiButton>
        ))}
      </Stack>
      <Dialog open={blocking} onClose={() => setBlocking(false)} fullWidth maxWidth="sm">
        <DialogTitle>{translate('trident.process.move_to.BLOCKED')}</DialogTitle>
        <DialogContent>
          <TextField
            autoFocus
            fullWidth
            multiline
            label={translate('trident.process.block_reason')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            sx={{ mt: 1 }}
          />
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setBlocking(false)}>{translate('ra.action.cancel')}</MuiButton>
          <MuiButton
            color="error"
            disabled={!reason.trim()}
            onClick={() => {
              setBlocking(false);
              mutate({ status: 'BLOCKED', reason: reason.trim() });
            }}
          >
            {translate('ra.action.confirm')}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
}
