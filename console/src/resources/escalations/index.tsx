import {
  BooleanInput,
  Datagrid,
  FunctionField,
  List,
  NumberField,
  SelectInput,
  TextField,
} from 'react-admin';
import { NumberInput } from '../../inputs/forms';
import { DateField } from '../../formats/DateField';
import { escalationStatusChoices, escalationTriggerChoices } from '../../choices';
import type { EscalationFieldsFragment } from '../../gql/graphql';
import { EscalationActions } from './EscalationActions';
import { OpenRecord, Rule, Status, Target } from './EscalationParts';
import { EscalationShow } from './EscalationShow';

const filters = [
  <SelectInput key="status" source="status" choices={escalationStatusChoices} alwaysOn />,
  <BooleanInput key="mine" source="mine" alwaysOn />,
  <SelectInput key="trigger" source="trigger" choices={escalationTriggerChoices} alwaysOn />,
  <NumberInput key="level" source="level" min={1} max={10} />,
];

type EscalationRow = EscalationFieldsFragment;

/**
 * What the escalation worker raised, open ones first by default: each row opens what it is
 * about, and is taken in hand, closed or handed on right here.
 */
function EscalationList() {
  return (
    <List filters={filters} filterDefaultValues={{ status: 'OPEN' }} perPage={25} exporter={false}>
      <Datagrid bulkActionButtons={false} rowClick="show">
        <DateField source="createdAt" showTime sortable={false} />
        <FunctionField
          source="rule"
          sortable={false}
          render={(row: EscalationRow) => <Rule row={row} />}
        />
        <FunctionField
          source="objectType"
          sortable={false}
          render={(row: EscalationRow) => <OpenRecord row={row} />}
        />
        <NumberField source="level" sortable={false} />
        <FunctionField
          source="target"
          sortable={false}
          render={(row: EscalationRow) => <Target row={row} />}
        />
        <TextField source="summary" sortable={false} />
        <TextField
          source="account.name"
          label="resources.escalations.fields.accountId"
          sortable={false}
          emptyText="—"
        />
        <FunctionField
          source="status"
          sortable={false}
          render={(row: EscalationRow) => <Status row={row} />}
        />
        <FunctionField
          label="trident.escalation.actions_column"
          render={(row: EscalationRow) => <EscalationActions record={row} />}
        />
      </Datagrid>
    </List>
  );
}

export const escalations = {
  list: EscalationList,
  show: EscalationShow,
};
