import {
  Datagrid,
  List,
  Pagination,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
  TextField,
  TextInput,
} from 'react-admin';
import { AutocompleteInput } from '../../inputs/AutocompleteInput';
import { quadrantChoices, tierChoices } from '../../choices';
import { WarRoomButton } from '../../war-room/WarRoomButton';
import { MoneyField } from '../MoneyField';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="tier" source="tier" choices={tierChoices} />,
  <SelectInput key="quadrant" source="quadrant" choices={quadrantChoices} />,
  <TextInput key="region" source="region" />,
  <TextInput key="industry" source="industry" />,
  <ReferenceInput key="ownerId" source="ownerId" reference="users">
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
];

export function AccountList() {
  return (
    <List
      filters={filters}
      sort={{ field: 'name', order: 'ASC' }}
      perPage={25}
      pagination={<Pagination rowsPerPageOptions={[10, 25, 50, 100]} />}

      // The API pages at most 1,000 rows; exports come with the BI guide's cursor paging.
      exporter={false}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" />
        <TextField source="region" />
        <TextField source="industry" sortable={false} />
        <SelectField source="tier" choices={tierChoices} sortable={false} />
        <SelectField source="quadrant" choices={quadrantChoices} sortable={false} />
        <TextField source="owner.name" label="resources.accounts.fields.owner" sortable={false} />
        <MoneyField source="potential" sortBy="potential" textAlign="right" />
        <WarRoomButton compact />
      </Datagrid>
    </List>
  );
}
