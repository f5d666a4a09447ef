import {
  Create,
  Datagrid,
  Edit,
  FunctionField,
  List,
  SelectField,
  TextField,
  TextInput,
} from 'react-admin';
import { SimpleForm } from '../../inputs/forms';
import { lifecycleStageChoices, quadrantChoices } from '../../choices';
import { AccountInput } from '../account-input';
import { MoneyField } from '../MoneyField';
import { AccountPlanInputs } from './AccountPlanInputs';
import { AccountPlanShow } from './AccountPlanShow';

const filters = [
  <AccountInput key="accountId" alwaysOn />,
  <TextInput key="period" source="period" alwaysOn />,
];

function AccountPlanList() {
  return (
    <List filters={filters} perPage={25} exporter={false}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField
          source="account.name"
          label="resources.accountPlans.fields.accountId"
          sortable={false}
        />
        <TextField source="period" sortable={false} />
        <SelectField source="quadrant" choices={quadrantChoices} sortable={false} emptyText="—" />
        <SelectField
          source="relationshipStage"
          choices={lifecycleStageChoices}
          sortable={false}
          emptyText="—"
        />
        <MoneyField
          source="target"
          label="resources.accountPlans.fields.target.amount"
          sortable={false}
          textAlign="right"
        />
        <FunctionField
          source="riskMargin"
          sortable={false}
          render={(r: { riskMargin: number }) => `${r.riskMargin}×`}
        />
        <FunctionField
          source="milestones"
          sortable={false}
          render={(r: { milestones: { done: boolean }[] }) =>
            `${r.milestones.filter((m) => m.done).length}/${r.milestones.length}`
          }
        />
      </Datagrid>
    </List>
  );
}

export const accountPlans = {
  list: AccountPlanList,
  show: AccountPlanShow,
  create: () => (
    <Create redirect="show">
      <SimpleForm>
        <AccountPlanInputs creating />
      </SimpleForm>
    </Create>
  ),
  edit: () => (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm>
        <AccountPlanInputs />
      </SimpleForm>
    </Edit>
  ),
};
