import { Alert, AlertTitle, Box, Button } from '@mui/material';
import { useState } from 'react';
import {
  Create,
  maxLength,
  ReferenceInput,
  required,
  SelectInput,
  TextInput,
  useCreate,
  useNotify,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { DateInput } from '../../inputs/DateInput';
import { AutocompleteInput } from '../../inputs/AutocompleteInput';
import { SimpleForm } from '../../inputs/forms';
import { useFormContext, useWatch } from 'react-hook-form';
import { apiError, type ApiErrorDetails } from '../../providers/api-error';
import { AccountInput } from '../account-input';
import { WHOLE_LIST } from '../../inputs/whole-list';

type Cap = NonNullable<ApiErrorDetails['cap']>;

/** Past the cap the API refuses; the requester may ask their manager instead. */
function CapRefusal({ cap, message }: { cap: Cap; message: string }) {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const { getValues } = useFormContext();
  const [create, { isPending }] = useCreate();
  const ask = () =>
    create(
      'resourceRequests',
      { data: { ...getValues(), askApproval: true } },
      {
        onSuccess: () => {
          notify('trident.resource_request.asked', { type: 'info' });
          redirect('list', 'resourceRequests');
        },
        onError: (error: unknown) => notify(apiError(error).message, { type: 'error' }),
      },
    );
  return (
    <Alert
      severity="warning"
      sx={{ mb: 2, width: '100%', maxWidth: 800 }}
      data-testid="cap-refusal"
      action={
        <Button color="inherit" size="small" disabled={isPending} onClick={ask}>
          {translate('trident.resource_request.ask_manager')}
        </Button>
      }
    >
      <AlertTitle>
        {translate('trident.resource_request.cap_title', {
          used: cap.used,
          limit: cap.limit,
          period: translate(`trident.resource_request.periods.${cap.period}`),
        })}
      </AlertTitle>
      {message}
    </Alert>
  );
}

function RequestInputs({ refusal }: { refusal: { cap: Cap; message: string } | null }) {
  const accountId = useWatch({ name: 'accountId' }) as string | undefined;
  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' },
        columnGap: 2,
        width: '100%',
        maxWidth: 800,
      }}
    >
      {refusal && (
        <Box sx={{ gridColumn: { md: 'span 2' } }}>
          <CapRefusal cap={refusal.cap} message={refusal.message} />
        </Box>
      )}
      <ReferenceInput source="resourceId" reference="internalResources" perPage={WHOLE_LIST}>
        <SelectInput optionText="name" validate={required()} />
      </ReferenceInput>
      <DateInput source="date" validate={required()} />
      <AccountInput isRequired />
      <ReferenceInput
        source="opportunityId"
        reference="opportunities"
        filter={accountId ? { accountId, open: true } : { open: true }}
      >
        <AutocompleteInput
          optionText="name"
          filterToQuery={(q: string) => ({ q })}
          disabled={!accountId}
        />
      </ReferenceInput>
      <Box sx={{ gridColumn: { md: 'span 2' } }}>
        <TextInput
          source="purpose"
          multiline
          minRows={2}
          fullWidth
          validate={[required(), maxLength(2000)]}
          helperText="trident.resource_request.purpose_help"
        />
      </Box>
    </Box>
  );
}

/** Request an internal resource; a refusal past the frequency cap offers "Ask my manager". */
export function RequestCreate() {
  const [refusal, setRefusal] = useState<{ cap: Cap; message: string } | null>(null);
  const notify = useNotify();
  return (
    <Create
      redirect="list"
      title="trident.resource_request.request"
      mutationOptions={{
        onSuccess: () => {
          setRefusal(null);
          notify('trident.resource_request.approved', { type: 'success' });
        },
        onError: (error: unknown) => {
          const details = apiError(error);
          if (details.cap) {
            setRefusal({
              cap: details.cap,
              message: details.words,
            });
          } else {
            setRefusal(null);
            notify(details.message, { type: 'error' });
          }
        },
      }}
    >
      <SimpleForm>
        <RequestInputs refusal={refusal} />
      </SimpleForm>
    </Create>
  );
}
