import DoneIcon from '@mui/icons-material/Done';
import LightbulbIcon from '@mui/icons-material/Lightbulb';
import { Button, Stack } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import {
  useCanAccess,
  useGetIdentity,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { apiError } from '../../providers/api-error';
import type { FeedbackFieldsFragment as FeedbackRow } from '../../gql/graphql';
import { useApi } from '../../providers/api';
import { ACKNOWLEDGE_FEEDBACK, FEEDBACK_TO_LEAD } from './feedbacks.graphql';

/**
 * One click acknowledges (the AR it was routed to, or a manager); a new need becomes a
 * lead in one more. An already-acknowledged item (CONFLICT) just reloads the inbox.
 */
export function FeedbackActions() {
  const record = useRecordContext<FeedbackRow>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const navigate = useNavigate();
  const api = useApi();
  const { data: identity } = useGetIdentity();
  const { canAccess: canAck = false } = useCanAccess({
    resource: 'feedbacks',
    action: 'acknowledge',
  });
  const { canAccess: ackAny = false } = useCanAccess({
    resource: 'feedbacks',
    action: 'acknowledge_any',
  });
  const { canAccess: toLead = false } = useCanAccess({ resource: 'feedbacks', action: 'to_lead' });
  const onError = (error: unknown) => {
    const details = apiError(error);
    notify(details.code === 'CONFLICT' ? 'trident.feedback.conflict' : details.message, {
      type: details.code === 'CONFLICT' ? 'warning' : 'error',
    });
    refresh();
  };
  const acknowledge = useMutation({
    mutationFn: (id: string) => api.mutate(ACKNOWLEDGE_FEEDBACK, { id }),
    onSuccess: () => {
      notify('trident.feedback.acknowledged', { type: 'success' });
      refresh();
    },
    onError,
  });
  const makeLead = useMutation({
    mutationFn: (row: FeedbackRow) =>
      api.mutate(FEEDBACK_TO_LEAD, { id: row.id, title: null }).then((data) => data.feedbackToLead),
    onSuccess: ({ lead }) => {
      notify('trident.feedback.lead_created', {
        type: 'success',
        messageArgs: { title: lead.title },
      });
      navigate(`/leads/${lead.id}/show`);
    },
    onError,
  });
  if (!record) return null;
  const mine = identity?.id !== undefined && String(identity.id) === record.routedToId;
  const showAck = !record.acknowledgedAt && canAck && (mine || ackAny);
  const showLead = record.kind === 'NEW_NEED' && !record.leadId && toLead && (mine || ackAny);
  if (!showAck && !showLead) return null;
  const stop = (event: MouseEvent) => event.stopPropagation();
  return (
    <Stack spacing={1} onClick={stop} sx={{ alignItems: 'stretch', minWidth: 150 }}>
      {showAck && (
        <Button
          size="small"
          variant="contained"
          startIcon={<DoneIcon />}
          disabled={acknowledge.isPending}
          onClick={() => acknowledge.mutate(record.id)}
          data-testid="feedback-acknowledge"
        >
          {translate('trident.feedback.acknowledge')}
        </Button>
      )}
      {showLead && (
        <Button
          size="small"
          variant="outlined"
          startIcon={<LightbulbIcon />}
          disabled={makeLead.isPending}
          onClick={() => makeLead.mutate(record)}
        >
          {translate('trident.feedback.to_lead')}
        </Button>
      )}
    </Stack>
  );
}
