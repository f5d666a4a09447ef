import {
  Create,
  Datagrid,
  Edit,
  List,
  maxLength,
  required,
  SelectField,
  SelectInput,
  TextField,
  TextInput,
  useGetList,
  useRecordContext,
} from 'react-admin';
import { SimpleForm } from '../../inputs/forms';
import { AccountInput } from '../account-input';
import { useWatch } from 'react-hook-form';
import { orgUnitKindChoices } from '../../choices';

const filters = [
  <AccountInput key="accountId" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={orgUnitKindChoices} />,
];

/**
 * The department above: one of the account's, never the unit itself or one below it (the API
 * refuses a loop; here it is not offered).
 */
function ParentUnitInput({ accountId }: { accountId?: string }) {
  const record = useRecordContext<{ id?: string }>();
  const { data = [], isPending } = useGetList<{ id: string; name: string; parentId?: string }>(
    'orgUnits',
    { filter: { accountId }, pagination: { page: 1, perPage: 500 } },
    { enabled: !!accountId },
  );
  const below = new Set(record?.id ? [record.id] : []);
  for (let grew = true; grew;) {
    grew = false;
    for (const unit of data)
      if (unit.parentId && below.has(unit.parentId) && !below.has(unit.id)) {
        below.add(unit.id);
        grew = true;
      }
  }
  return (
    <SelectInput
      source="parentId"
      choices={data.filter((unit) => !below.has(unit.id))}
      isPending={!!accountId && isPending}
      disabled={!accountId}
    />
  );
}

function OrgUnitInputs({ creating = false }: { creating?: boolean }) {
  const record = useRecordContext<{ accountId?: string }>();
  const accountId = (useWatch({ name: 'accountId' }) as string | undefined) ?? record?.accountId;
  return (
    <>
      {creating && <AccountInput isRequired />}
      <TextInput source="name" validate={[required(), maxLength(200)]} />
      <SelectInput source="kind" choices={orgUnitKindChoices} validate={required()} />
      <ParentUnitInput accountId={accountId} />
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
