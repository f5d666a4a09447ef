import { formatDateTime } from '../../formats/dates';
import {
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useRef, useState, type MouseEvent } from 'react';
import {
  useCanAccess,
  useGetIdentity,
  useLocaleState,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { READ_ONLY } from '../../attachments/attachment-rights';
import { Attachments } from '../../attachments/Attachments';
import { useTaskFileRights } from '../../attachments/use-file-rights';
import { apiError } from '../../providers/api-error';
import { useApi } from '../../providers/api';
import type { TaskFieldsFragment as TaskRecord } from '../../gql/graphql';
import {
  ACKNOWLEDGE_TASK,
  ANSWER_STUCK_TASK,
  CANCEL_TASK,
  REPORT_TASK_STUCK,
  REVIEW_TASK,
  START_TASK,
  SUBMIT_TASK,
  TASK_ACCOUNT_TEAM,
} from './tasks.graphql';
import { needsText, scoreError, taskActions, type TaskAction } from './task-actions';

type Dialogs = 'ACKNOWLEDGE' | 'SUBMIT' | 'STUCK' | 'ANSWER' | 'REVIEW' | 'CANCEL';

interface Call {
  action: TaskAction;
  note?: string;
  review?: { decision: 'ACCEPT' | 'REWORK'; score: number | null; notes: string };
}

export const formatDue = (due: string, locale: string) => formatDateTime(due, locale);

/** One line of what the assignee confirms when acknowledging. */
function Confirm({ label, value }: { label: string; value: string | null }) {
  const translate = useTranslate();
  return (
    <Box sx={{ mb: 1.5 }}>
      <Typography variant="caption" sx={{ color: 'text.secondary' }}>
        {translate(label)}
      </Typography>
      <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
        {value || '—'}
      </Typography>
    </Box>
  );
}

/**
 * The buttons a person has on one task (task-actions.ts), with the dialogs that ask for a
 * note, a score or a reason. The API decides; its refusals show here: a field error under
 * the field, a stale task (CONFLICT) reloads, anything else as a message.
 */
export function TaskActions({ record: given }: { record?: TaskRecord }) {
  const fromContext = useRecordContext<TaskRecord>();
  const task = given ?? fromContext;
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [locale] = useLocaleState();
  const api = useApi();
  const { data: identity } = useGetIdentity();
  const { canAccess: canAct = false } = useCanAccess({ resource: 'tasks', action: 'act' });
  const { canAccess: reviewAny = false } = useCanAccess({
    resource: 'tasks',
    action: 'review_any',
  });
  const [dialog, setDialog] = useState<Dialogs | null>(null);
  const [note, setNote] = useState('');
  const [decision, setDecision] = useState<'ACCEPT' | 'REWORK'>('ACCEPT');
  const [score, setScore] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const files = useTaskFileRights(task);

  const close = () => {
    setDialog(null);
    setNote('');
    setScore('');
    setDecision('ACCEPT');
    setFieldErrors({});
  };

  // A double click sends two clicks before the buttons re-render disabled: the second would
  // reach the API with the version the first just spent (a false "changed by someone else").
  const inFlight = useRef(false);
  const { mutate: send, isPending } = useMutation({
    mutationFn: async ({ action, note: text, review }: Call): Promise<TaskRecord> => {
      const { id, version } = task!;
      switch (action) {
        case 'ACKNOWLEDGE':
          return (await api.mutate(ACKNOWLEDGE_TASK, { id, version })).acknowledgeTask;
        case 'START':
          return (await api.mutate(START_TASK, { id, version })).startTask;
        case 'SUBMIT':
          return (await api.mutate(SUBMIT_TASK, { id, version, note: text?.trim() || null }))
            .submitTask;
        case 'REVIEW':
          return (
            await api.mutate(REVIEW_TASK, {
              id,
              version,
              input: {
                decision: review!.decision,
                score: review!.score ?? null,
                notes: review!.notes?.trim() || null,
              },
            })
          ).reviewTask;
        case 'CANCEL':
          return (await api.mutate(CANCEL_TASK, { id, version, reason: text?.trim() || null }))
            .cancelTask;
        case 'STUCK':
          return (await api.mutate(REPORT_TASK_STUCK, { id, version, reason: text!.trim() }))
            .reportTaskStuck;
        case 'ANSWER':
          return (await api.mutate(ANSWER_STUCK_TASK, { id, version, answer: text!.trim() }))
            .answerStuckTask;
      }
    },
    onSuccess: (after, call) => {
      close();
      const done =
        call.action === 'ANSWER'
          ? 'trident.task_table.answered'
          : `trident.task.done.${after.status}`;
      notify(done, {
        type: 'success',
        messageArgs: { title: after.title },
      });
      refresh();
    },
    onError: (error: unknown) => {
      const details = apiError(error);
      if (details.code === 'CONFLICT') {
        close();
        notify('trident.task.conflict', { type: 'warning' });
        refresh();
        return;
      }
      if (details.code === 'BAD_USER_INPUT' && details.field && dialog) {
        const message = details.words;
        if (['score', 'notes', 'note', 'reason', 'answer'].includes(details.field)) {
          setFieldErrors({ [details.field === 'score' ? 'score' : 'note']: message });
          return;
        }
      }
      close();
      notify(details.message, { type: 'error' });
    },
  });

  const mutate = (call: Call) => {
    if (inFlight.current) return;
    inFlight.current = true;
    send(call, {
      onSettled: () => {
        inFlight.current = false;
      },
    });
  };

  const me = identity?.id ? String(identity.id) : undefined;
  // A stuck task may also be answered by the account's AR: ask who holds that seat only then.
  const askTeam =
    !!task && canAct && task.status === 'STUCK' && !!me && task.requesterId !== me && !reviewAny;
  const team = useQuery({
    queryKey: ['taskAccountTeam', task?.accountId],
    enabled: askTeam,
    staleTime: 60_000,
    queryFn: () => api.query(TASK_ACCOUNT_TEAM, { id: task!.accountId }),
  });
  const isAr =
    askTeam &&
    !!team.data?.account?.team.some((seat) => seat.userId === me && seat.teamRole === 'AR');

  if (!task || !canAct) return null;
  const actions = taskActions(task, me, { reviewAny, isAr });
  if (actions.length === 0) return null;

  const click = (action: TaskAction) => (event: MouseEvent) => {
    event.stopPropagation();
    if (action === 'START') mutate({ action });
    else setDialog(action);
  };
  const reviewScoreError = decision === 'ACCEPT' ? scoreError(score) : null;
  const submitDialog = () => {
    if (dialog === 'REVIEW') {
      mutate({
        action: 'REVIEW',
        review: {
          decision,
          score: decision === 'ACCEPT' ? Number(score) : null,
          notes: note,
        },
      });
    } else if (dialog) {
      mutate({ action: dialog, note });
    }
  };
  const confirmDisabled =
    isPending ||
    (dialog !== null && needsText(dialog) && !note.trim()) ||
    (dialog === 'REVIEW' && decision === 'ACCEPT' && !!reviewScoreError) ||
    (dialog === 'REVIEW' && decision === 'REWORK' && !note.trim());

  return (
    // Clicks here (and in the dialogs, through the portal) must not open the row.
    <Box onClick={(event) => event.stopPropagation()} sx={{ display: 'inline-flex' }}>
      {/* In a narrow actions column the buttons go under each other rather than push the
          table wider than the page ("Cancel task" was out of sight at 1280 px in English). */}
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {actions.map((action) => (
          <Button
            key={action}
            size="small"
            variant={action === 'CANCEL' ? 'text' : 'outlined'}
            color={action === 'CANCEL' ? 'inherit' : 'primary'}
            disabled={isPending}
            onClick={click(action)}
            data-testid={`task-${action.toLowerCase()}`}
          >
            {translate(`trident.task.actions.${action}`)}
          </Button>
        ))}
      </Stack>
      <Dialog open={dialog !== null} onClose={close} fullWidth maxWidth="sm">
        <DialogTitle>
          {dialog ? translate(`trident.task.dialogs.${dialog}`, { title: task.title }) : ''}
        </DialogTitle>
        <DialogContent>
          {dialog === 'ACKNOWLEDGE' && (
            <>
              <Typography variant="body2" sx={{ mb: 2 }}>
                {translate('trident.task.acknowledge_help')}
              </Typography>
              <Confirm label="resources.tasks.fields.content" value={task.content} />
              <Confirm
                label="resources.tasks.fields.qualityRequirement"
                value={task.qualityRequirement}
              />
              <Confirm label="resources.tasks.fields.expectedResult" value={task.expectedResult} />
              <Confirm label="resources.tasks.fields.due" value={formatDue(task.due, locale)} />
            </>
          )}
          {dialog === 'REVIEW' && (
            <>
              {task.submissionNote && (
                <Confirm
                  label="resources.tasks.fields.submissionNote"
                  value={task.submissionNote}
                />
              )}
              {task.attachments.length > 0 && (
                <Box sx={{ mb: 1.5 }} data-testid="review-deliverables">
                  <Typography variant="caption" sx={{ color: 'text.secondary' }}>
                    {translate('trident.attachments.deliverables')}
                  </Typography>
                  <Attachments
                    ownerType="TASK"
                    ownerId={task.id}
                    files={task.attachments}
                    rights={READ_ONLY}
                  />
                </Box>
              )}
              <ToggleButtonGroup
                exclusive
                size="small"
                value={decision}
                onChange={(_, value) => value && setDecision(value)}
                sx={{ mb: 2 }}
              >
                <ToggleButton value="ACCEPT">{translate('trident.task.accept')}</ToggleButton>
                <ToggleButton value="REWORK">{translate('trident.task.send_back')}</ToggleButton>
              </ToggleButtonGroup>
              {decision === 'ACCEPT' && (
                <TextField
                  autoFocus
                  fullWidth
                  type="number"
                  label={translate('resources.tasks.fields.reviewScore')}
                  value={score}
                  onChange={(event) => {
                    setScore(event.target.value);
                    setFieldErrors({});
                  }}
                  slotProps={{ htmlInput: { min: 0, max: 100, step: 1 } }}
                  error={!!fieldErrors.score || (score !== '' && !!reviewScoreError)}
                  helperText={
                    fieldErrors.score ??
                    (score !== '' && reviewScoreError
                      ? translate(reviewScoreError)
                      : translate('trident.task.score_help'))
                  }
                  sx={{ mb: 2 }}
                />
              )}
            </>
          )}
          {dialog === 'STUCK' && (
            <Typography variant="body2" sx={{ mb: 1 }}>
              {translate('trident.task_table.stuck_help')}
            </Typography>
          )}
          {dialog === 'ANSWER' && (
            <Confirm label="trident.task_table.stuck_reason" value={task.stuckReason} />
          )}
          {dialog && dialog !== 'ACKNOWLEDGE' && (
            <TextField
              autoFocus={dialog !== 'REVIEW'}
              fullWidth
              multiline
              minRows={2}
              label={translate(
                dialog === 'REVIEW'
                  ? decision === 'REWORK'
                    ? 'trident.task.rework_notes'
                    : 'trident.task.review_notes'
                  : dialog === 'SUBMIT'
                    ? 'trident.task.submit_note'
                    : dialog === 'STUCK'
                      ? 'trident.task_table.stuck_reason_label'
                      : dialog === 'ANSWER'
                        ? 'trident.task_table.answer_label'
                        : 'trident.task.cancel_reason',
              )}
              required={needsText(dialog)}
              value={note}
              onChange={(event) => {
                setNote(event.target.value);
                setFieldErrors({});
              }}
              error={!!(fieldErrors.notes ?? fieldErrors.note)}
              helperText={fieldErrors.notes ?? fieldErrors.note ?? ' '}
              sx={{ mt: 1 }}
            />
          )}
          {dialog === 'SUBMIT' && (
            <Box sx={{ mt: 1 }} data-testid="submit-deliverables">
              <Typography variant="caption" sx={{ color: 'text.secondary' }}>
                {translate('trident.attachments.deliverables')}
              </Typography>
              <Attachments
                ownerType="TASK"
                ownerId={task.id}
                files={task.attachments}
                rights={files}
              />
            </Box>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>{translate('ra.action.cancel')}</Button>
          <Button
            variant="contained"
            disabled={confirmDisabled}
            onClick={submitDialog}
            data-testid="task-dialog-confirm"
          >
            {dialog ? translate(`trident.task.confirm.${dialog}`) : ''}
          </Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
}
