import { Button, Stack, TextField } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import {
  useCanAccess,
  useGetIdentity,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { apiError } from '../../providers/api-error';
import type { ResourceRequestFieldsFragment } from '../../gql/graphql';
import { useApi } from '../../providers/api';
import { DECIDE_RESOURCE_REQUEST } from './resource-requests.graphql';

/** A manager approves or rejects a request waiting past the frequency cap. */
export function DecideButtons() {
  const record = useRecordContext<ResourceRequestFieldsFragment>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const api = useApi();
  const { data: identity } = useGetIdentity();
  const { canAccess = false } = useCanAccess({ resource: 'resourceRequests', action: 'decide' });
  const [note, setNote] = useState('');
  const { mutate, isPending } = useMutation({
    mutationFn: (approve: boolean) =>
      api
        .mutate(DECIDE_RESOURCE_REQUEST, { id: record!.id, approve, note: note.trim() || null })
        .then((data) => data.decideResourceRequest),
    onSuccess: (after) => {
      notify(`trident.resource_request.decided.${after.status}`, { type: 'success' });
      refresh();
    },
    onError: (error: unknown) => {
      const details = apiError(error);
      notify(details.message, { type: details.code === 'CONFLICT' ? 'warning' : 'error' });
      refresh();
    },
  });
  // Nobody decides their own request (the API says so too).
  if (!record || record.status !== 'PENDING' || !canAccess) return null;
  if (identity?.id !== undefined && String(identity.id) === record.requesterId) return null;
  return (
    <Stack spacing={1} sx={{ width: 190 }}>
      <TextField
        size="small"
        variant="outlined"
        placeholder={translate('trident.resource_request.decision_note')}
        value={note}
        onChange={(event) => setNote(event.target.value)}
      />
      <Stack direction="row" spacing={1}>
        <Button
          size="small"
          variant="contained"
          color="success"
          disabled={isPending}
          onClick={() => mutate(true)}
        >
          {translate('trident.resource_request.approve')}
        </Button>
        <Button
          size="small"
          variant="outlined"
          color="error"
          disabled={isPending}
          onClick={() => mutate(false)}
        >
          {translate('trident.resource_request.reject')}
        </Button>
      </Stack>
    </Stack>
  );
}
