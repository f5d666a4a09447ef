import { Box } from '@mui/material';
import {
  maxLength,
  ReferenceArrayInput,
  ReferenceInput,
  required,
  SelectInput,
  TextInput,
  useRecordContext,
} from 'react-admin';
import { AutocompleteArrayInput, AutocompleteInput } from '../../inputs/AutocompleteInput';
import { DateTimeInput } from '../../inputs/DateTimeInput';
import { useWatch } from 'react-hook-form';
import { activityKindChoices } from '../../choices';
import { AccountInput } from '../account-input';
import { contactChoice } from '../contacts/contact-choice';

const grid = {
  display: 'grid',
  gridTemplateColumns: { xs: '1fr', md: 'repeat(4, 1fr)' },
  columnGap: 2,
  width: '100%',
  maxWidth: 1100,
};
const span = (n: number) => ({ gridColumn: { md: `span ${n}` } });
const byName = (q: string) => ({ q });

/** The visit log: what happened, who was there, what comes next. */
export function ActivityInputs({ creating = false }: { creating?: boolean }) {
  const record = useRecordContext<{ accountId?: string }>();
  const accountId = (useWatch({ name: 'accountId' }) as string | undefined) ?? record?.accountId;
  return (
    <Box sx={grid}>
      {creating && (
        <Box sx={span(2)}>
          <AccountInput isRequired />
        </Box>
      )}
      <SelectInput source="kind" choices={activityKindChoices} validate={required()} />
      <DateTimeInput source="occurredAt" validate={required()} defaultValue={new Date()} />
      <Box sx={span(creating ? 4 : 2)}>
        <ReferenceInput source="opportunityId" reference="opportunities" filter={{ accountId }}>
          <AutocompleteInput
            optionText="name"
            filterToQuery={byName}
            disabled={!accountId}
            fullWidth
          />
        </ReferenceInput>
      </Box>
      <Box sx={span(4)}>
        <TextInput
          source="summary"
          multiline
          minRows={3}
          fullWidth
          validate={[required(), maxLength(10000)]}
        />
      </Box>
      <Box sx={span(4)}>
        <TextInput source="nextSteps" multiline fullWidth validate={maxLength(4000)} />
      </Box>
      <Box sx={span(2)}>
        {/* Our side at the visit: the API takes the account's team (or the author). */}
        <ReferenceArrayInput
          key={accountId ?? 'none'}
          source="participantIds"
          reference="users"
          filter={accountId ? { onAccountTeam: accountId } : { status: 'ACTIVE' }}
        >
          <AutocompleteArrayInput optionText="name" filterToQuery={byName} fullWidth />
        </ReferenceArrayInput>
      </Box>
      <Box sx={span(2)}>
        <ReferenceArrayInput source="contactIds" reference="contacts" filter={{ accountId }}>
          <AutocompleteArrayInput
            optionText={contactChoice}
            filterToQuery={byName}
            disabled={!accountId}
            fullWidth
          />
        </ReferenceArrayInput>
      </Box>
    </Box>
  );
}
