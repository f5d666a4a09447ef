import {
  Create,
  Datagrid,
  Edit,
  List,
  maxLength,
  ReferenceInput,
  required,
  SelectField,
  SelectInput,
  SimpleForm,
  TextField,
  TextInput,
  useRecordContext,
} from 'react-admin';
import { AccountInput } from '../account-input';
import { useWatch } from 'react-hook-form';
import { orgUnitKindChoices } from '../../choices';

const filters = [
  <AccountInput key="accountId" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={orgUnitKindChoices} />,
];

function OrgUnitInputs({ creating = false }: { creating?: boolean }) {
  const record = useRecordContext<{ accountId?: string }>();
  const accountId = (useWatch({ name: 'accountId' }) as string | undefined) ?? record?.accountId;
  return (
    <>
      {creating && <AccountInput isRequired />}
      <TextInput source="name" validate={[required(), maxLength(200)]} />
      <SelectInput source="kind" choices={orgUnitKindChoices} validate={required()} />
      <ReferenceInput source="parentId" reference="orgUnits" filter={{ accountId }}>
        <SelectInput optionText="name" disabled={!accountId} />
      </ReferenceInput>
    </>
  );
}

export const orgUnits = {
  list: () => (
    <List filters={filters} perPage={25} exporter={false}>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField source="name" sortable={false} />
        <SelectField source="kind" choices={orgUnitKindChoices} sortable={false} />
        <TextField
          source="parent.name"
          label="resources.orgUnits.fields.parentId"
          sortable={false}
          emptyText="—"
        />
      </Datagrid>
    </List>
  ),
  create: () => (
    <Create redirect="list">
      <SimpleForm>
        <OrgUnitInputs creating />
      </SimpleForm>
    </Create>
  ),
  edit: () => (
    <Edit mutationMode="pessimistic" redirect="list">
      <SimpleForm>
        <OrgUnitInputs />
      </SimpleForm>
    </Edit>
  ),
};
