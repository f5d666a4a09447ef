import { Datagrid, FunctionField, List, NumberField, TextField } from 'react-admin';
import { DateField } from '../../formats/DateField';
import type { BlockedStepFieldsFragment } from '../../gql/graphql';

type StepRow = BlockedStepFieldsFragment;

/**
 * Steps of the customers' chains held up longer than they typically take (the sales desk's
 * number): each opens its run, where the step is moved on.
 */
function BlockedStepList() {
  return (
    <List perPage={25} exporter={false}>
      <Datagrid
        bulkActionButtons={false}
        rowClick={(_id, _resource, row) => `/processRuns/${(row as StepRow).runId}/show`}
      >
        <TextField source="name" sortable={false} />
        <FunctionField
          source="run"
          sortable={false}
          render={(row: StepRow) =>
            [row.run?.account?.name, row.run?.title].filter(Boolean).join(' · ') || '—'
          }
        />
        <NumberField source="daysInStatus" sortable={false} />
        <NumberField source="typicalDays" sortable={false} />
        <DateField source="since" sortable={false} />
        <TextField source="blockerContact.name" sortable={false} emptyText="—" />
        <TextField source="blockReason" sortable={false} emptyText="—" />
      </Datagrid>
    </List>
  );
}

export const blockedSteps = { list: BlockedStepList };
