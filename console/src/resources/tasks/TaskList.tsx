import {
  BooleanInput,
  CreateButton,
  Datagrid,
  FilterButton,
  FunctionField,
  List,
  SelectField,
  SelectInput,
  TextField,
  TopToolbar,
  useLocaleState,
  WrapperField,
} from 'react-admin';
import { DateInput } from '../../inputs/DateInput';
import { taskKindChoices, taskStatusChoices } from '../../choices';
import { AccountInput } from '../account-input';
import type { TaskFieldsFragment as TaskRecord } from '../../gql/graphql';
import { formatDue, TaskActions } from './TaskActions';
import { TaskStatusChip } from './TaskStatusChip';

/** The theme's error colour, faint, behind the row. */
const lateRow = { bgcolor: 'rgba(211, 47, 47, 0.06)' };
const filters = [
  <BooleanInput key="mine" source="mine" alwaysOn />,
  <BooleanInput key="dueSoon" source="dueSoon" alwaysOn />,
  <SelectInput key="status" source="status" choices={taskStatusChoices} alwaysOn />,
  <AccountInput key="accountId" alwaysOn />,
  <DateInput key="dueBefore" source="dueBefore" />,
  <SelectInput key="kind" source="kind" choices={taskKindChoices} />,
];

function Due({ due }: { due: string }) {
  const [locale] = useLocaleState();
  return <span style={{ whiteSpace: 'nowrap' }}>{formatDue(due, locale)}</span>;
}

function ListActions() {
  return (
    <TopToolbar>
      <FilterButton />
      <CreateButton />
    </TopToolbar>
  );
}

/**
 * The team's task table, mine by default, soonest due first; "due tomorrow or overdue"
 * is the day-before reminder of seed 000. Each row carries the buttons its reader has.
 */
export function TaskList() {
  return (
    <List
      filters={filters}
      filterDefaultValues={{ mine: true }}
      actions={<ListActions />}
      perPage={25}
      exporter={false}
    >
      <Datagrid
        rowClick="show"
        bulkActionButtons={false}
        rowSx={(record) => (record.overdue ? lateRow : {})}
      >
        <TextField source="title" sortable={false} />
        <TextField
          source="account.name"
          label="resources.tasks.fields.accountId"
          sortable={false}
        />
        <SelectField
          source="kind"
          choices={taskKindChoices}
          sortable={false}
          sx={{ whiteSpace: 'nowrap' }}
        />
        <WrapperField source="status" sortable={false}>
          <TaskStatusChip />
        </WrapperField>
        <FunctionField
          source="due"
          sortable={false}
          render={(task: TaskRecord) => <Due due={task.due} />}
        />
        <TextField
          source="assignee.name"
          label="resources.tasks.fields.assigneeId"
          sortable={false}
          emptyText="—"
        />
        <TextField
          source="requester.name"
          label="resources.tasks.fields.requesterId"
          sortable={false}
        />
        <WrapperField label="trident.task.actions_column" sortable={false}>
          <TaskActions />
        </WrapperField>
      </Datagrid>
    </List>
  );
}
