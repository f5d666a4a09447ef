import { Chip } from '@mui/material';
import {
  BooleanInput,
  Datagrid,
  FunctionField,
  List,
  SelectField,
  TextField,
  useTranslate,
} from 'react-admin';
import { DateField } from '../../formats/DateField';
import { contractKindChoices } from '../../choices';
import type { ContractFieldsFragment as ContractRecord } from '../../gql/graphql';
import { AccountInput } from '../account-input';
import { MoneyField } from '../MoneyField';

const filters = [
  <AccountInput key="accountId" />,
  <BooleanInput key="overdue" source="overdue" alwaysOn />,
];

function OverdueFlag({ record }: { record: ContractRecord }) {
  const translate = useTranslate();
  const overdue = record.milestones.filter((m) => m.status === 'OVERDUE').length;
  return overdue > 0 ? (
    <Chip
      size="small"
      color="error"
      label={translate('trident.contract.overdue_count', { count: overdue })}
    />
  ) : null;
}

/** Signed contracts; the red flag marks those with a milestone unpaid past due. */
export function ContractList() {
  return (
    <List filters={filters} sort={{ field: 'signedAt', order: 'DESC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="title" sortable={false} />
        <TextField
          source="account.name"
          label="resources.contracts.fields.accountId"
          sortable={false}
        />
        <SelectField source="kind" choices={contractKindChoices} sortable={false} />
        <DateField source="signedAt" sortable={false} />
        <MoneyField source="amount" label="resources.contracts.fields.amount" />
        <FunctionField
          label="resources.contracts.fields.overdue"
          render={(record: ContractRecord) => <OverdueFlag record={record} />}
        />
      </Datagrid>
    </List>
  );
}
