import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import {
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useCanAccess, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { formatDateTime } from '../../formats/dates';
import type { PlanReadinessQuery } from '../../gql/graphql';
import { apiError } from '../../providers/api-error';
import { useApi } from '../../providers/api';
import { REVIEWER_NAME, REVIEW_WORK_PLAN } from './work-plans.graphql';

type Readiness = NonNullable<PlanReadinessQuery['planReadiness']>;

function Check({ done, label, testId }: { done: boolean; label: string; testId: string }) {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={0.75} sx={{ alignItems: 'center' }} data-testid={testId}>
      {done ? (
        <CheckCircleIcon fontSize="small" color="success" />
      ) : (
        <RadioButtonUncheckedIcon fontSize="small" color="disabled" />
      )}
      <Typography variant="body2" sx={{ fontWeight: done ? 500 : 400 }}>
        {translate(label)}
      </Typography>
    </Stack>
  );
}

/**
 * Seed 000: the table counts once every task is acknowledged (complete) and the AR has gone
 * through the whole table with the team since its last change (reviewed): then it is ready.
 */
export function PlanReviewState({ planId, readiness }: { planId: string; readiness: Readiness }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const api = useApi();
  const client = useQueryClient();
  const { canAccess: canReview = false } = useCanAccess({
    resource: 'workPlans',
    action: 'review',
  });
  const [open, setOpen] = useState(false);
  const [notes, setNotes] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const last = readiness.lastReview;
  const reviewer = useQuery({
    queryKey: ['users', 'name', last?.reviewerId],
    enabled: !!last,
    staleTime: 300_000,
    queryFn: () => api.query(REVIEWER_NAME, { id: last!.reviewerId }).then((d) => d.user),
  });
  const close = () => {
    setOpen(false);
    setNotes('');
    setFieldError(null);
  };
  const review = useMutation({
    mutationFn: () => api.mutate(REVIEW_WORK_PLAN, { id: planId, input: { notes: notes.trim() } }),
    onSuccess: () => {
      close();
      notify('trident.task_table.reviewed_done', { type: 'success' });
      void client.invalidateQueries({ queryKey: ['workPlans', 'readiness', planId] });
    },
    onError: (failure: unknown) => {
      const details = apiError(failure);
      if (details.code === 'BAD_USER_INPUT' && details.field === 'notes') {
        setFieldError(details.words);
        return;
      }
      close();
      notify(details.message, { type: 'error' });
    },
  });
  return (
    <Box sx={{ mt: 2 }} data-testid="plan-review">
      <Stack spacing={0.5}>
        <Check
          done={readiness.complete}
          label="trident.task_table.complete"
          testId="plan-complete"
        />
        <Check
          done={readiness.reviewed}
          label="trident.task_table.reviewed"
          testId="plan-reviewed"
        />
        <Check done={readiness.ready} label="trident.task_table.ready" testId="plan-ready" />
      </Stack>
      {last ? (
        <Box sx={{ mt: 1.5 }}>
          <Typography variant="caption" sx={{ color: 'text.secondary' }}>
            {translate('trident.task_table.last_review', {
              at: formatDateTime(last.reviewedAt, locale),
              name: reviewer.data?.name ?? '…',
              smart_count: last.tasks,
            })}
          </Typography>
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {last.notes}
          </Typography>
        </Box>
      ) : (
        <Typography variant="caption" component="div" sx={{ color: 'text.secondary', mt: 1.5 }}>
          {translate('trident.task_table.never_reviewed')}
        </Typography>
      )}
      {canReview && (
        <Button
          sx={{ mt: 1.5 }}
          variant={readiness.reviewed ? 'outlined' : 'contained'}
          size="small"
          startIcon={<FactCheckIcon />}
          onClick={() => setOpen(true)}
          data-testid="plan-review-open"
        >
          {translate('trident.task_table.review')}
        </Button>
      )}
      <Dialog open={open} onClose={close} fullWidth maxWidth="sm">
        <DialogTitle>{translate('trident.task_table.review')}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" sx={{ mb: 2 }}>
            {translate('trident.task_table.review_help')}
          </Typography>
          <TextField
            autoFocus
            fullWidth
            multiline
            minRows={3}
            required
            label={translate('trident.task_table.review_notes')}
            value={notes}
            onChange={(event) => {
              setNotes(event.target.value);
              setFieldError(null);
            }}
            error={!!fieldError}
            helperText={fieldError ?? ' '}
            slotProps={{ htmlInput: { 'data-testid': 'plan-review-notes' } }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>{translate('ra.action.cancel')}</Button>
          <Button
            variant="contained"
            disabled={!notes.trim() || review.isPending}
            loading={review.isPending}
            onClick={() => review.mutate()}
            data-testid="plan-review-confirm"
          >
            {translate('trident.task_table.review_confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
}
