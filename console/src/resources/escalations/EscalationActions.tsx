import {
  Autocomplete,
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
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  useCanAccess,
  useGetIdentity,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { EscalationFieldsFragment, ReassignChoicesQuery } from '../../gql/graphql';
import { useApi } from '../../providers/api';
import { apiError } from '../../providers/api-error';
import {
  ACKNOWLEDGE_ESCALATION,
  REASSIGN_CHOICES,
  REASSIGN_ESCALATION,
  RESOLVE_ESCALATION,
} from './escalations.graphql';
import { escalationActions, NOTE_MAX, type EscalationAction } from './escalation-actions';

type Person = ReassignChoicesQuery['users']['nodes'][number];

interface Call {
  action: EscalationAction;
  note?: string;
  userId?: string;
}

/**
 * Whom a manager (their own line) or ADMIN (anyone active) may hand an escalation to: people
 * who may see its account, as the API requires (NOT_ON_ACCOUNT_TEAM otherwise).
 */
function usePeople(
  open: boolean,
  holderId: string | null | undefined,
  accountId: string | null | undefined,
): Person[] | undefined {
  const api = useApi();
  const { data: identity } = useGetIdentity();
  const { canAccess: anyone = false } = useCanAccess({
    resource: 'escalations',
    action: 'reassign_anyone',
  });
  const me = identity?.id ? String(identity.id) : '';
  const { data } = useQuery({
    queryKey: ['reassignChoices', anyone, me, accountId],
    enabled: open && !!me,
    queryFn: () =>
      api.query(REASSIGN_CHOICES, {
        filter: {
          status: 'ACTIVE',
          ...(anyone ? {} : { teamOf: me }),
          ...(accountId ? { maySeeAccount: accountId } : {}),
        },
      }),
  });
  return data?.users.nodes.filter((person) => person.id !== holderId);
}

/**
 * What a person may do with one escalation (escalation-actions.ts): take it in hand, close it
 * with a note where its rule allows, hand it on (managers, ADMIN). The API decides; a refusal
 * shows in the user's language, under the field it concerns or as a message.
 */
export function EscalationActions({ record: given }: { record?: EscalationFieldsFragment }) {
  const fromContext = useRecordContext<EscalationFieldsFragment>();
  const escalation = given ?? fromContext;
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const api = useApi();
  const { data: identity } = useGetIdentity();
  const { canAccess: acknowledge = false } = useCanAccess({
    resource: 'escalations',
    action: 'acknowledge',
  });
  const { canAccess: resolve = false } = useCanAccess({
    resource: 'escalations',
    action: 'resolve',
  });
  const { canAccess: actAny = false } = useCanAccess({
    resource: 'escalations',
    action: 'act_any',
  });
  const { canAccess: reassign = false } = useCanAccess({
    resource: 'escalations',
    action: 'reassign',
  });
  const [dialog, setDialog] = useState<'RESOLVE' | 'REASSIGN' | null>(null);
  const [note, setNote] = useState('');
  const [person, setPerson] = useState<Person | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const people = usePeople(dialog === 'REASSIGN', escalation?.targetUserId, escalation?.accountId);

  const close = () => {
    setDialog(null);
    setNote('');
    setPerson(null);
    setFieldError(null);
  };

  const { mutate, isPending } = useMutation({
    mutationFn: async ({ action, note: text, userId }: Call) => {
      const id = escalation!.id;
      switch (action) {
        case 'ACKNOWLEDGE':
          return (await api.mutate(ACKNOWLEDGE_ESCALATION, { id })).acknowledgeEscalation;
        case 'RESOLVE':
          return (await api.mutate(RESOLVE_ESCALATION, { id, note: text!.trim() }))
            .resolveEscalation;
        case 'REASSIGN':
          return (await api.mutate(REASSIGN_ESCALATION, { id, userId: userId! }))
            .reassignEscalation;
      }
    },
    onSuccess: (_after, { action }) => {
      close();
      notify(`trident.escalation.done.${action}`, { type: 'success' });
      refresh();
    },
    onError: (error: unknown) => {
      // The data provider has put the refusal in the user's words already.
      const details = apiError(error);
      // A refused note or person stays in the dialog, said under the field.
      if (dialog && details.code === 'BAD_USER_INPUT' && details.field) {
        setFieldError(details.words);
        return;
      }
      close();
      notify(details.message, { type: details.code === 'CONFLICT' ? 'warning' : 'error' });
      refresh();
    },
  });

  if (!escalation) return null;
  const me = identity?.id ? String(identity.id) : undefined;
  const actions = escalationActions(escalation, me, { acknowledge, resolve, actAny, reassign });
  if (actions.length === 0) return null;

  const tooLong = note.trim().length > NOTE_MAX;
  const confirmDisabled =
    isPending ||
    (dialog === 'RESOLVE' && (!note.trim() || tooLong)) ||
    (dialog === 'REASSIGN' && !person);

  return (
    // Clicks here (and in the dialogs, through the portal) must not open the row.
    <Box onClick={(event) => event.stopPropagation()} sx={{ display: 'inline-flex' }}>
      <Stack
        direction="row"
        spacing={1}
        sx={{ flexWrap: 'wrap', rowGap: 1, '& button': { whiteSpace: 'nowrap' } }}
      >
        {actions.map((action) => (
          <Button
            key={action}
            size="small"
            variant="outlined"
            disabled={isPending}
            onClick={() => (action === 'ACKNOWLEDGE' ? mutate({ action }) : setDialog(action))}
            data-testid={`escalation-${action.toLowerCase()}`}
          >
            {translate(`trident.escalation.actions.${action}`)}
          </Button>
        ))}
      </Stack>
      <Dialog open={dialog !== null} onClose={close} fullWidth maxWidth="sm">
        <DialogTitle>{dialog ? translate(`trident.escalation.dialogs.${dialog}`) : ''}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" sx={{ mb: 2 }}>
            {escalation.summary}
          </Typography>
          {dialog === 'RESOLVE' && (
            <TextField
              autoFocus
              fullWidth
              multiline
              minRows={3}
              label={translate('trident.escalation.note')}
              value={note}
              onChange={(event) => {
                setNote(event.target.value);
                setFieldError(null);
              }}
              error={!!fieldError || tooLong}
              helperText={
                fieldError ??
                (tooLong
                  ? translate('trident.server.reasons.TOO_LONG', { max: NOTE_MAX })
                  : translate('trident.escalation.note_help'))
              }
              slotProps={{ htmlInput: { 'data-testid': 'escalation-note' } }}
            />
          )}
          {dialog === 'REASSIGN' && (
            <Autocomplete
              options={people ?? []}
              loading={!people}
              value={person}
              onChange={(_event, value) => {
                setPerson(value);
                setFieldError(null);
              }}
              getOptionLabel={(option) => option.name}
              isOptionEqualToValue={(option, value) => option.id === value.id}
              noOptionsText={translate('trident.escalation.no_people')}
              loadingText={translate('ra.page.loading')}
              renderInput={(params) => (
                <TextField
                  {...params}
                  autoFocus
                  label={translate('trident.escalation.reassign_to')}
                  error={!!fieldError}
                  helperText={fieldError ?? translate('trident.escalation.reassign_help')}
                />
              )}
              data-testid="escalation-person"
            />
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>{translate('ra.action.cancel')}</Button>
          <Button
            variant="contained"
            disabled={confirmDisabled}
            onClick={() =>
              dialog && mutate({ action: dialog, note, userId: person?.id ?? undefined })
            }
            data-testid="escalation-dialog-confirm"
          >
            {dialog ? translate(`trident.escalation.actions.${dialog}`) : ''}
          </Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
}
