import { Box } from '@mui/material';
import {
  BooleanInput,
  maxLength,
  ReferenceInput,
  required,
  SelectArrayInput,
  SelectInput,
  TextInput,
  usePermissions,
  useRecordContext,
} from 'react-admin';
import { AutocompleteInput } from '../../inputs/AutocompleteInput';
import { canSeeField, type Role } from '@trident/domain';
import { AccountInput } from '../account-input';
import { useWatch } from 'react-hook-form';
import {
  buyingRoleChoices,
  coachLevelChoices,
  influenceChoices,
  levelChoices,
  stanceChoices,
} from '../../choices';
import { contactChoice } from './contact-choice';

const grid = {
  display: 'grid',
  gridTemplateColumns: { xs: '1fr', md: 'repeat(3, 1fr)' },
  columnGap: 2,
  width: '100%',
  maxWidth: 960,
};

/** Create and edit share these; the account and department are set on create (moves are audited). */
export function ContactInputs({ creating = false }: { creating?: boolean }) {
  const record = useRecordContext<{ accountId?: string }>();
  const watched = useWatch({ name: 'accountId' }) as string | undefined;
  const accountId = watched ?? record?.accountId;
  // A role that may not read private notes may not write them either (the API refuses).
  const { permissions } = usePermissions<Role[]>();
  const seesNotes = canSeeField(permissions ?? [], 'Contact.notes');
  return (
    <Box sx={grid}>
      {creating && <AccountInput isRequired />}
      {creating && (
        <ReferenceInput source="orgUnitId" reference="orgUnits" filter={{ accountId }}>
          <AutocompleteInput
            optionText="name"
            filterToQuery={(q: string) => ({ q })}
            disabled={!accountId}
          />
        </ReferenceInput>
      )}
      <TextInput source="name" validate={[required(), maxLength(100)]} />
      <TextInput source="title" validate={maxLength(200)} />
      <SelectInput source="level" choices={levelChoices} validate={required()} />
      <ReferenceInput source="reportsToId" reference="contacts" filter={{ accountId }}>
        <AutocompleteInput
          optionText={contactChoice}
          filterToQuery={(q: string) => ({ q })}
          disabled={!accountId}
        />
      </ReferenceInput>
      <SelectInput source="influence" choices={influenceChoices} defaultValue={3} />
      <SelectInput source="stance" choices={stanceChoices} defaultValue="NEUTRAL" />
      <SelectArrayInput source="buyingRoles" choices={buyingRoleChoices} />
      <SelectInput source="coachLevel" choices={coachLevelChoices} />
      {/* The owner holds a seat on the account's team (the API refuses anyone else). */}
      <ReferenceInput
        source="relationshipOwnerId"
        reference="users"
        filter={accountId ? { onAccountTeam: accountId } : { status: 'ACTIVE' }}
      >
        <AutocompleteInput
          optionText="name"
          filterToQuery={(q: string) => ({ q })}
          disabled={!accountId}
          helperText="trident.rhythm.owner_help"
        />
      </ReferenceInput>
      <BooleanInput source="risingStar" />
      <Box sx={{ gridColumn: { md: 'span 3' } }}>
        <TextInput source="responsibilities" multiline fullWidth validate={maxLength(2000)} />
        {seesNotes && <TextInput source="notes" multiline fullWidth validate={maxLength(10000)} />}
      </Box>
    </Box>
  );
}
