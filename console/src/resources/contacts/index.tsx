import {
  BooleanField,
  BooleanInput,
  Create,
  Datagrid,
  Edit,
  FunctionField,
  List,
  SearchInput,
  SelectField,
  SelectInput,
  TextField,
  TopToolbar,
  WrapperField,
} from 'react-admin';
import { RhythmCell, RhythmPanel } from '../../rhythm/RhythmParts';
import { SimpleForm } from '../../inputs/forms';
import { MarkLeftButton } from './MarkLeftButton';
import { AccountInput } from '../account-input';
import { contactStatusChoices, levelChoices, stanceChoices } from '../../choices';
import { ContactInputs } from './ContactInputs';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <AccountInput key="accountId" alwaysOn />,
  <SelectInput key="level" source="level" choices={levelChoices} />,
  <SelectInput key="stance" source="stance" choices={stanceChoices} />,
  <SelectInput key="status" source="status" choices={contactStatusChoices} />,
  <BooleanInput key="risingStar" source="risingStar" />,
];

function ContactList() {
  return (
    <List filters={filters} sort={{ field: 'name', order: 'ASC' }} perPage={25} exporter={false}>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField source="name" />
        <TextField source="title" emptyText="—" sortable={false} />
        <TextField
          source="account.name"
          label="resources.contacts.fields.accountId"
          sortable={false}
        />
        <TextField
          source="orgUnit.name"
          label="resources.contacts.fields.orgUnitId"
          sortable={false}
          emptyText="—"
        />
        <SelectField source="level" choices={levelChoices} sortable={false} />
        <FunctionField
          source="influence"
          render={(r: { influence: number }) => '●'.repeat(r.influence)}
        />
        <SelectField source="stance" choices={stanceChoices} sortable={false} />
        <TextField
          source="relationshipOwner.name"
          label="resources.contacts.fields.relationshipOwnerId"
          sortable={false}
          emptyText="—"
        />
        <WrapperField label="trident.rhythm.last_contact" sortable={false}>
          <RhythmCell />
        </WrapperField>
        <BooleanField source="risingStar" sortable={false} />
        <SelectField source="status" choices={contactStatusChoices} sortable={false} />
      </Datagrid>
    </List>
  );
}

function ContactCreate() {
  return (
    <Create redirect="list">
      <SimpleForm>
        <ContactInputs creating />
      </SimpleForm>
    </Create>
  );
}

function ContactEdit() {
  return (
    <Edit
      mutationMode="pessimistic"
      redirect={false}
      actions={
        <TopToolbar>
          <MarkLeftButton />
        </TopToolbar>
      }
    >
      <SimpleForm>
        <RhythmPanel />
        <ContactInputs />
      </SimpleForm>
    </Edit>
  );
}

export const contacts = {
  list: ContactList,
  create: ContactCreate,
  edit: ContactEdit,
};
