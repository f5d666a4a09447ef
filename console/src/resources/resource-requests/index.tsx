import { Chip, type ChipProps, Typography } from '@mui/material';
import {
  CreateButton,
  Datagrid,
  FunctionField,
  List,
  ReferenceInput,
  SelectInput,
  TextField,
  TopToolbar,
  useCanAccess,
  useTranslate,
} from 'react-admin';
import { requestStatusChoices } from '../../choices';
import { DateField } from '../../formats/DateField';
import { AccountInput } from '../account-input';
import { DecideButtons } from './DecideButtons';
import { RequestCreate } from './RequestCreate';
import { WHOLE_LIST } from '../../inputs/whole-list';

const filters = [
  <SelectInput key="status" source="status" choices={requestStatusChoices} alwaysOn />,
  <ReferenceInput
    key="resourceId"
    source="resourceId"
    reference="internalResources"
    perPage={WHOLE_LIST}
    alwaysOn
  >
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <AccountInput key="accountId" alwaysOn />,
];

const COLORS: Record<string, ChipProps['color']> = {
  APPROVED: 'success',
  PENDING: 'warning',
  REJECTED: 'error',
};

function Status({ status }: { status: string }) {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={COLORS[status]}
      label={translate(`trident.request_statuses.${status}`)}
    />
  );
}

/** Every request is kept: the history of who asked whom, when, and the decision. */
function RequestList() {
  // Those who decide see what waits for them first.
  const { canAccess: decides } = useCanAccess({ resource: 'resourceRequests', action: 'decide' });
  return (
    <List
      filters={filters}
      filterDefaultValues={decides ? { status: 'PENDING' } : {}}
      perPage={25}
      exporter={false}
      actions={
        <TopToolbar>
          <CreateButton label="trident.resource_request.request" />
        </TopToolbar>
      }
    >
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <DateField source="date" sortable={false} />
        <TextField
          source="resource.name"
          label="resources.resourceRequests.fields.resourceId"
          sortable={false}
        />
        <TextField
          source="account.name"
          label="resources.resourceRequests.fields.accountId"
          sortable={false}
        />
        <TextField source="purpose" sortable={false} sx={{ display: 'block', minWidth: 200 }} />
        <FunctionField
          source="status"
          sortable={false}
          render={(row: { status: string; decisionNote: string | null }) => (
            <>
              <Status status={row.status} />
              {row.decisionNote && (
                <Typography variant="caption" component="div" sx={{ mt: 0.5 }}>
                  {row.decisionNote}
                </Typography>
              )}
            </>
          )}
        />
        <TextField
          source="requester.name"
          label="resources.resourceRequests.fields.requesterId"
          sortable={false}
        />
        <FunctionField label="trident.task.actions_column" render={() => <DecideButtons />} />
      </Datagrid>
    </List>
  );
}

export const resourceRequests = {
  list: RequestList,
  create: RequestCreate,
};
