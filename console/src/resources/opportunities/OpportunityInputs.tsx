import { Box } from '@mui/material';
import {
  ArrayInput,
  maxLength,
  ReferenceInput,
  required,
  SelectInput,
  SimpleFormIterator,
  TextArrayInput,
  TextInput,
  useRecordContext,
} from 'react-admin';
import { DateInput } from '../../inputs/DateInput';
import { AutocompleteInput } from '../../inputs/AutocompleteInput';
import { currencyCode, positiveAmount } from '../../inputs/validators';
import { NumberInput } from '../../inputs/forms';
import { useWatch } from 'react-hook-form';
import { buyingRoleChoices, dealTeamRoleChoices } from '../../choices';
import { AccountInput } from '../account-input';
import { StageInput } from '../funnel-stages/StageInput';
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

/**
 * Create and edit share these. Team, decision contacts and competitors are replaced as a
 * whole when saved; the API checks that people sit on the account team and contacts
 * belong to the customer.
 */
export function OpportunityInputs({ creating = false }: { creating?: boolean }) {
  const record = useRecordContext<{ accountId?: string }>();
  const accountId = (useWatch({ name: 'accountId' }) as string | undefined) ?? record?.accountId;
  return (
    <Box sx={grid}>
      {creating && (
        <Box sx={span(2)}>
          <AccountInput isRequired />
        </Box>
      )}
      <Box sx={span(creating ? 2 : 4)}>
        <TextInput source="name" validate={[required(), maxLength(200)]} fullWidth />
      </Box>
      <NumberInput source="amount.amount" min={0} validate={[required(), positiveAmount]} />
      <TextInput
        source="amount.currency"
        defaultValue="CNY"
        validate={[required(), currencyCode]}
      />
      <DateInput source="expectedCloseDate" />
      {creating ? <StageInput /> : <Box />}
      <Box sx={span(2)}>
        <ReferenceInput
          key={accountId ?? 'none'}
          source="ownerId"
          reference="users"
          filter={accountId ? { onAccountTeam: accountId } : { status: 'ACTIVE' }}
        >
          <AutocompleteInput
            optionText="name"
            filterToQuery={byName}
            helperText="trident.opportunity.owner_help"
            fullWidth
          />
        </ReferenceInput>
      </Box>
      <Box sx={span(2)}>
        <ReferenceInput source="coachContactId" reference="contacts" filter={{ accountId }}>
          <AutocompleteInput
            optionText={contactChoice}
            filterToQuery={byName}
            disabled={!accountId}
            fullWidth
          />
        </ReferenceInput>
      </Box>
      <Box sx={span(4)}>
        <TextArrayInput source="products" fullWidth />
      </Box>
      <Box sx={span(4)}>
        <ArrayInput source="team">
          <SimpleFormIterator inline disableReordering>
            <ReferenceInput
              source="userId"
              reference="users"
              filter={accountId ? { onAccountTeam: accountId } : { status: 'ACTIVE' }}
            >
              <AutocompleteInput
                optionText="name"
                filterToQuery={byName}
                validate={required()}
                sx={{ minWidth: 260 }}
              />
            </ReferenceInput>
            <SelectInput source="teamRole" choices={dealTeamRoleChoices} validate={required()} />
          </SimpleFormIterator>
        </ArrayInput>
      </Box>
      <Box sx={span(4)}>
        <ArrayInput source="decisionContacts">
          <SimpleFormIterator inline disableReordering>
            <ReferenceInput source="contactId" reference="contacts" filter={{ accountId }}>
              <AutocompleteInput
                optionText={contactChoice}
                filterToQuery={byName}
                validate={required()}
                disabled={!accountId}
                sx={{ minWidth: 220 }}
              />
            </ReferenceInput>
            <SelectInput source="role" choices={buyingRoleChoices} validate={required()} />
            <TextInput source="note" validate={maxLength(1000)} sx={{ minWidth: 280 }} />
          </SimpleFormIterator>
        </ArrayInput>
      </Box>
      <Box sx={span(4)}>
        <ArrayInput source="competitors">
          <SimpleFormIterator inline disableReordering>
            <TextInput source="name" validate={[required(), maxLength(200)]} />
            <TextInput
              source="strengths"
              multiline
              validate={maxLength(2000)}
              sx={{ minWidth: 280 }}
            />
            <TextInput
              source="weaknesses"
              multiline
              validate={maxLength(2000)}
              sx={{ minWidth: 280 }}
            />
          </SimpleFormIterator>
        </ArrayInput>
      </Box>
    </Box>
  );
}
