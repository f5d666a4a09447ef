import {
  Create,
  Datagrid,
  Edit,
  List,
  SearchInput,
  FunctionField,
  SelectField,
  SelectInput,
  TextField,
  useTranslate,
} from 'react-admin';
import { SimpleForm } from '../../inputs/forms';
import { Chip, Stack } from '@mui/material';
import { roleChoices, statusChoices } from '../../choices';
import { UserInputs } from './UserInputs';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={roleChoices} />,
  <SelectInput key="status" source="status" choices={statusChoices} />,
];

function UserList() {
  const translate = useTranslate();
  return (
    <List filters={filters} sort={{ field: 'name', order: 'ASC' }} perPage={25} exporter={false}>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField source="name" />
        <TextField source="email" />
        <FunctionField
          source="roles"
          sortable={false}
          render={(record: { roles?: string[] }) => (
            <Stack direction="row" spacing={0.5}>
              {(record.roles ?? []).map((role) => (
                <Chip key={role} size="small" label={translate(`trident.roles.${role}`)} />
              ))}
            </Stack>
          )}
        />
        <SelectField source="status" choices={statusChoices} sortable={false} />
        <TextField
          source="manager.name"
          label="resources.users.fields.manager"
          sortable={false}
          emptyText="—"
        />
      </Datagrid>
    </List>
  );
}

function UserCreate() {
  return (
    <Create redirect="list">
      <SimpleForm>
        <UserInputs creating />
      </SimpleForm>
    </Create>
  );
}

function UserEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="list">
      <SimpleForm>
        <UserInputs />
      </SimpleForm>
    </Edit>
  );
}

export const users = {
  list: UserList,
  create: UserCreate,
  edit: UserEdit,
};
