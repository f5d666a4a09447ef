import { Alert } from '@mui/material';
import { useState } from 'react';
import { Create, useNotify, useTranslate } from 'react-admin';
import { SimpleForm } from '../../inputs/forms';
import { AccountInputs } from './AccountInputs';

/** Claiming registers a customer; a lost claim names the owner and the registration time. */
export function AccountCreate() {
  const translate = useTranslate();
  const notify = useNotify();
  const [lost, setLost] = useState<string | null>(null);
  return (
    <Create
      title="trident.claim.title"
      redirect="show"
      mutationOptions={{
        onError: (error: unknown) => {
          const { message, body } = error as {
            message: string;
            body?: { code?: string; errors?: unknown };
          };
          if (body?.code === 'CONFLICT') setLost(message);
          else if (!body?.errors) notify(message, { type: 'error' });
        },
      }}
    >
      <SimpleForm>
        <Alert severity="info" sx={{ mb: 2, maxWidth: 960 }}>
          {translate('trident.claim.help')}
        </Alert>
        {lost && (
          <Alert severity="warning" sx={{ mb: 2, maxWidth: 960 }} role="alert">
            <strong>{translate('trident.claim.lost')}:</strong> {lost}
          </Alert>
        )}
        <AccountInputs />
      </SimpleForm>
    </Create>
  );
}
