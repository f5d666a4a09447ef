import { Chip } from '@mui/material';
import {
  BooleanInput,
  Datagrid,
  FunctionField,
  List,
  SelectArrayInput,
  SelectField,
  SelectInput,
  TextField,
  useTranslate,
} from 'react-admin';
import { DateField } from '../../formats/DateField';
import { agingBucketChoices, milestoneKindChoices, milestoneStageChoices } from '../../choices';
import type { MilestoneRowFieldsFragment } from '../../gql/graphql';
import { MoneyField } from '../MoneyField';

type MilestoneRow = MilestoneRowFieldsFragment;

const filters = [
  <BooleanInput key="overdue" source="overdue" alwaysOn />,
  <SelectInput key="stage" source="stage" choices={milestoneStageChoices} alwaysOn />,
  <SelectInput key="aging" source="aging" choices={agingBucketChoices} />,
  <SelectArrayInput key="kinds" source="kinds" choices={milestoneKindChoices} />,
  <BooleanInput key="missingEvidence" source="missingEvidence" />,
];

function Status({ row }: { row: MilestoneRow }) {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={row.status === 'OVERDUE' ? 'error' : row.status === 'PAID' ? 'success' : 'default'}
      label={translate(`trident.milestone_statuses.${row.status}`)}
    />
  );
}

/**
 * Milestones across contracts, soonest due first: what the delivery and finance desks count
 * and the aging chart sums. Each row opens its contract, where it is invoiced and paid.
 */
function PaymentMilestoneList() {
  return (
    <List filters={filters} perPage={25} exporter={false}>
      <Datagrid
        bulkActionButtons={false}
        rowClick={(_id, _resource, row) => `/contracts/${(row as MilestoneRow).contractId}/show`}
      >
        <TextField source="contract.account.name" sortable={false} emptyText="—" />
        <TextField source="contract.title" sortable={false} emptyText="—" />
        <SelectField source="kind" choices={milestoneKindChoices} sortable={false} />
        <TextField source="site" sortable={false} emptyText="—" />
        <DateField source="due" sortable={false} />
        <FunctionField
          source="status"
          sortable={false}
          render={(row: MilestoneRow) => <Status row={row} />}
        />
        <MoneyField source="open" sortable={false} />
      </Datagrid>
    </List>
  );
}

export const paymentMilestones = { list: PaymentMilestoneList };
