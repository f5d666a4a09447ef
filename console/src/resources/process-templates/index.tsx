import { Box } from '@mui/material';
import {
  ArrayInput,
  Create,
  Datagrid,
  Edit,
  FunctionField,
  List,
  maxLength,
  ReferenceInput,
  required,
  SelectField,
  SelectInput,
  SimpleFormIterator,
  TextArrayInput,
  TextField,
  TextInput,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { AutocompleteInput } from '../../inputs/AutocompleteInput';
import { NumberInput, SimpleForm } from '../../inputs/forms';
import { AccountInput } from '../account-input';
import { useWatch } from 'react-hook-form';
import { DEFAULT_STEP_OWNER, type ProcessKind } from '@trident/domain';
import { approvalRuleChoices, dealTeamRoleChoices, processKindChoices } from '../../choices';
import type { ProcessTemplateFieldsFragment } from '../../gql/graphql';
import { ApproverUnitInput } from './ApproverUnitInput';
import { ConditionInput } from './ConditionInput';
import { approverNamed } from './template-input';
import { contactChoice } from '../contacts/contact-choice';

const filters = [
  <AccountInput key="accountId" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={processKindChoices} />,
];

const stepGrid = {
  display: 'grid',
  gridTemplateColumns: { xs: '1fr', md: 'repeat(4, 1fr)' },
  columnGap: 2,
  width: '100%',
  maxWidth: 1100,
};

const ownedByAccount = approverNamed((values) => !!values.accountId);

function TemplateInputs({ creating = false }: { creating?: boolean }) {
  const translate = useTranslate();
  const record = useRecordContext<Pick<ProcessTemplateFieldsFragment, 'accountId' | 'kind'>>();
  const accountId = (useWatch({ name: 'accountId' }) as string | undefined) ?? record?.accountId;
  const kind = (useWatch({ name: 'kind' }) as ProcessKind | undefined) ?? record?.kind;
  const ownerDefault = kind
    ? translate('trident.process.owner_default', {
        role: translate(`trident.team_roles.${DEFAULT_STEP_OWNER[kind]}`),
      })
    : translate('trident.process.owner_default_kind');
  return (
    <>
      {creating && (
        <ReferenceInput source="accountId" reference="accounts">
          <AutocompleteInput
            optionText="name"
            filterToQuery={(q: string) => ({ q })}
            helperText="trident.process.global"
          />
        </ReferenceInput>
      )}
      {creating && <SelectInput source="kind" choices={processKindChoices} validate={required()} />}
      <TextInput source="name" validate={[required(), maxLength(200)]} fullWidth />
      <TextInput source="description" multiline fullWidth validate={maxLength(2000)} />
      <ArrayInput source="steps" validate={required()}>
        <SimpleFormIterator>
          <Box sx={stepGrid}>
            <TextInput
              source="name"
              validate={[required(), maxLength(200)]}
              sx={{ gridColumn: { md: 'span 2' } }}
            />
            <SelectInput source="rule" choices={approvalRuleChoices} defaultValue="ALL" />
            <NumberInput source="typicalDays" min={0} max={365} defaultValue={0} />
            <ConditionInput />
            <ReferenceInput source="approverContactId" reference="contacts" filter={{ accountId }}>
              <AutocompleteInput
                optionText={contactChoice}
                filterToQuery={(q: string) => ({ q })}
                disabled={!accountId}
                validate={ownedByAccount}
                isRequired={!!accountId}
                helperText={accountId ? 'trident.process.approver_help' : false}
              />
            </ReferenceInput>
            <ApproverUnitInput accountId={accountId} disabled={!accountId} />
            <SelectInput
              source="ownerRole"
              choices={dealTeamRoleChoices}
              emptyText={ownerDefault}
              helperText={ownerDefault}
            />
            <ReferenceInput
              source="ownerUserId"
              reference="users"
              filter={
                accountId ? { onAccountTeam: accountId, status: 'ACTIVE' } : { status: 'ACTIVE' }
              }
            >
              <AutocompleteInput
                optionText="name"
                filterToQuery={(q: string) => ({ q })}
                helperText="trident.process.owner_user_help"
              />
            </ReferenceInput>
            <TextArrayInput source="documentsRequired" sx={{ gridColumn: { md: 'span 4' } }} />
          </Box>
        </SimpleFormIterator>
      </ArrayInput>
    </>
  );
}

export const processTemplates = {
  list: () => (
    <List filters={filters} perPage={25} exporter={false}>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField source="name" sortable={false} />
        <SelectField source="kind" choices={processKindChoices} sortable={false} />
        <TextField
          source="account.name"
          label="resources.processTemplates.fields.accountId"
          sortable={false}
          emptyText="—"
        />
        <FunctionField
          source="steps"
          sortable={false}
          render={(r: { steps: { name: string }[] }) =>
            r.steps.map((s) => s.name.split(' ')[0]).join(' → ')
          }
        />
      </Datagrid>
    </List>
  ),
  create: () => (
    <Create redirect="list">
      <SimpleForm>
        <TemplateInputs creating />
      </SimpleForm>
    </Create>
  ),
  edit: () => (
    <Edit mutationMode="pessimistic" redirect="list">
      <SimpleForm>
        <TemplateInputs />
      </SimpleForm>
    </Edit>
  ),
};
