import {
  Create,
  Datagrid,
  Edit,
  EditButton,
  FunctionField,
  List,
  ReferenceInput,
  SelectField,
  SelectInput,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import { AutocompleteInput } from '../../inputs/AutocompleteInput';
import { SimpleForm } from '../../inputs/forms';
import { DateField } from '../../formats/DateField';
import { activityKindChoices } from '../../choices';
import { AccountInput } from '../account-input';
import { ActivityInputs } from './ActivityInputs';

const filters = [
  <AccountInput key="accountId" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={activityKindChoices} alwaysOn />,
  <ReferenceInput key="opportunityId" source="opportunityId" reference="opportunities">
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
];

const names = (people: { name: string }[]) => people.map((p) => p.name).join(', ') || '—';

function ActivityList() {
  return (
    <List filters={filters} perPage={25} exporter={false}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <DateField source="occurredAt" showTime sortable={false} />
        <SelectField source="kind" choices={activityKindChoices} sortable={false} />
        <TextField
          source="account.name"
          label="resources.activities.fields.accountId"
          sortable={false}
        />
        <TextField
          source="opportunity.name"
          label="resources.activities.fields.opportunityId"
          sortable={false}
          emptyText="—"
        />
        <FunctionField
          source="summary"
          sortable={false}
          render={(r: { summary: string }) =>
            r.summary.length > 80 ? `${r.summary.slice(0, 80)}…` : r.summary
          }
        />
        <FunctionField
          source="participantIds"
          sortable={false}
          render={(r: { participants: { name: string }[] }) => names(r.participants)}
        />
      </Datagrid>
    </List>
  );
}

function ActivityShow() {
  return (
    <Show
      actions={
        <TopToolbar>
          <EditButton />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>
        <DateField source="occurredAt" showTime />
        <SelectField source="kind" choices={activityKindChoices} />
        <TextField source="account.name" label="resources.activities.fields.accountId" />
        <FunctionField
          source="opportunityId"
          render={(r: { opportunity: { id: string; name: string } | null }) =>
            r.opportunity?.name ?? '—'
          }
        />
        <TextField source="summary" sx={{ whiteSpace: 'pre-wrap' }} />
        <TextField source="nextSteps" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
        <FunctionField
          source="participantIds"
          render={(r: { participants: { name: string }[] }) => names(r.participants)}
        />
        <FunctionField
          source="contactIds"
          render={(r: { contacts: { name: string }[] }) => names(r.contacts)}
        />
        <TextField source="createdBy.name" label="resources.activities.fields.createdBy" />
      </SimpleShowLayout>
    </Show>
  );
}

export const activities = {
  list: ActivityList,
  show: ActivityShow,
  create: () => (
    <Create redirect="show">
      <SimpleForm>
        <ActivityInputs creating />
      </SimpleForm>
    </Create>
  ),
  edit: () => (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm>
        <ActivityInputs />
      </SimpleForm>
    </Edit>
  ),
};
