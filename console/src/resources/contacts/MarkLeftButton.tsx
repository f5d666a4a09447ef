import { errorText } from '../../providers/api-error';
import PersonOffIcon from '@mui/icons-material/PersonOff';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Confirm, useNotify, useRecordContext, useRefresh } from 'react-admin';
import type { ContactFieldsFragment } from '../../gql/graphql';
import { useApi } from '../../providers/api';
import { MARK_CONTACT_LEFT } from './contacts.graphql';

/** People leave; the record stays, marked LEFT with the date (never deleted). */
export function MarkLeftButton() {
  const record = useRecordContext<ContactFieldsFragment>();
  const api = useApi();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const { mutate, isPending } = useMutation({
    mutationFn: () => api.mutate(MARK_CONTACT_LEFT, { id: record!.id, version: record!.version }),
    onSuccess: () => {
      notify('trident.contact.marked_left', { type: 'info' });
      refresh();
    },
    onError: (error: Error) => notify(errorText(error), { type: 'error' }),
  });
  if (!record || record.status === 'LEFT') return null;
  return (
    <>
      <Button label="trident.contact.mark_left" onClick={() => setOpen(true)} disabled={isPending}>
        <PersonOffIcon />
      </Button>
      <Confirm
        isOpen={open}
        title="trident.contact.mark_left"
        content="trident.contact.mark_left_confirm"
        translateOptions={{ name: record.name }}
        loading={isPending}
        onConfirm={() => {
          if (isPending) return;
          setOpen(false);
          mutate();
        }}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
