import CampaignIcon from '@mui/icons-material/Campaign';
import { Chip } from '@mui/material';
import {
  BooleanInput,
  Datagrid,
  FunctionField,
  List,
  NumberField,
  NumberInput,
  SelectField,
  SelectInput,
  TextField,
  useTranslate,
} from 'react-admin';
import { DateField } from '../../formats/DateField';
import {
  escalationObjectChoices,
  escalationStatusChoices,
  escalationTriggerChoices,
} from '../../choices';
import type { EscalationFieldsFragment } from '../../gql/graphql';

const filters = [
  <SelectInput key="status" source="status" choices={escalationStatusChoices} alwaysOn />,
  <BooleanInput key="mine" source="mine" alwaysOn />,
  <SelectInput key="trigger" source="trigger" choices={escalationTriggerChoices} alwaysOn />,
  <NumberInput key="level" source="level" min={1} max={10} />,
];

type EscalationRow = EscalationFieldsFragment;

function Target({ row }: { row: EscalationRow }) {
  const translate = useTranslate();
  return (
    <>
      {translate(`trident.escalation_targets.${row.target}`)}
      {row.targetUser ? ` · ${row.targetUser.name}` : ''}
    </>
  );
}

function Status({ status }: { status: string }) {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={status === 'OPEN' ? 'warning' : 'success'}
      label={translate(`trident.escalation_statuses.${status}`)}
    />
  );
}

/** What the escalation worker raised: open ones first by default, newest first. */
function EscalationList() {
  return (
    <List filters={filters} filterDefaultValues={{ status: 'OPEN' }} perPage={25} exporter={false}>
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <DateField source="createdAt" showTime sortable={false} />
        <FunctionField
          source="rule"
          sortable={false}
          render={(row: EscalationRow) => (
            <>
              <SelectField source="rule.trigger" choices={escalationTriggerChoices} record={row} />
              {row.rule ? ` · ${row.rule.name}` : ''}
            </>
          )}
        />
        <SelectField source="objectType" choices={escalationObjectChoices} sortable={false} />
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
          render={(row: EscalationRow) => <Status status={row.status} />}
        />
        <DateField source="resolvedAt" showTime sortable={false} emptyText="—" />
      </Datagrid>
    </List>
  );
}

export const escalations = {
  list: EscalationList,
  icon: CampaignIcon,
  recordRepresentation: 'summary',
};
