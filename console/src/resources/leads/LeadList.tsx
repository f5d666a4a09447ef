import { Datagrid, List, SearchInput, SelectField, SelectInput, TextField } from 'react-admin';
import { DateField } from '../../formats/DateField';
import { leadSourceChoices, leadStatusChoices } from '../../choices';
import { AccountInput } from '../account-input';
import { MoneyField } from '../MoneyField';
import { BantChips } from './BantChips';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={leadStatusChoices} alwaysOn />,
  <AccountInput key="accountId" alwaysOn />,
];

export function LeadList() {
  return (
    <List filters={filters} filterDefaultValues={{ status: 'OPEN' }} perPage={25} exporter={false}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="title" sortable={false} />
        <TextField
          source="account.name"
          label="resources.leads.fields.accountId"
          sortable={false}
        />
        <SelectField source="source" choices={leadSourceChoices} sortable={false} />
        <SelectField source="status" choices={leadStatusChoices} sortable={false} />
        <BantChips label="resources.leads.fields.bant" />
        <MoneyField source="estimated" sortable={false} textAlign="right" />
        <TextField source="owner.name" label="resources.leads.fields.ownerId" sortable={false} />
        <DateField source="updatedAt" sortable={false} />
      </Datagrid>
    </List>
  );
}
