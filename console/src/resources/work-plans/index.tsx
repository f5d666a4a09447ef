import {
  Create,
  Datagrid,
  Edit,
  FunctionField,
  List,
  maxLength,
  NumberField,
  ReferenceInput,
  required,
  TextField,
  TextInput,
  useGetIdentity,
  useRecordContext,
} from 'react-admin';
import { AutocompleteInput } from '../../inputs/AutocompleteInput';
import { NumberInput, SimpleForm } from '../../inputs/forms';
import { DateField } from '../../formats/DateField';
import { Box } from '@mui/material';
import { useWatch } from 'react-hook-form';
import { AccountInput } from '../account-input';
import { WorkPlanShow } from './WorkPlanShow';
import type { WorkPlanFieldsFragment } from '../../gql/graphql';

const filters = [<AccountInput key="accountId" alwaysOn />];

type PlanRow = WorkPlanFieldsFragment;

function WorkPlanList() {
  return (
    <List filters={filters} perPage={25} exporter={false}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" sortable={false} />
        <TextField
          source="account.name"
          label="resources.workPlans.fields.accountId"
          sortable={false}
        />
        <FunctionField
          source="tasks"
          sortable={false}
          render={(r: PlanRow) =>
            `${r.tasks.filter((t) => t.status === 'DONE').length}/${r.tasks.length}`
          }
        />
        <NumberField source="presentationScore" sortable={false} emptyText="—" />
        <DateField source="createdAt" sortable={false} />
      </Datagrid>
    </List>
  );
}

const score = [required(), maxLength(200)];

function CreateInputs() {
  const accountId = useWatch({ name: 'accountId' }) as string | undefined;
  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: { md: '1fr 1fr' },
        columnGap: 2,
        maxWidth: 800,
        width: '100%',
      }}
    >
      <AccountInput isRequired />
      <ReferenceInput
        source="opportunityId"
        reference="opportunities"
        filter={accountId ? { accountId, open: true } : { open: true }}
      >
        <AutocompleteInput
          optionText="name"
          filterToQuery={(q: string) => ({ q })}
          disabled={!accountId}
        />
      </ReferenceInput>
      <Box sx={{ gridColumn: { md: 'span 2' } }}>
        <TextInput source="name" validate={score} fullWidth />
      </Box>
    </Box>
  );
}

/**
 * The plan's author presents it; a manager above them (or an admin) scores the presentation.
 * The author sees the score but cannot set it (the API refuses it too).
 */
function PresentationScoreInput() {
  const record = useRecordContext<{ createdById?: string }>();
  const { identity } = useGetIdentity();
  const roles = (identity?.roles as string[] | undefined) ?? [];
  const mayScore =
    identity?.id !== record?.createdById && roles.some((r) => r === 'MANAGER' || r === 'ADMIN');
  return (
    <NumberInput
      source="presentationScore"
      min={0}
      max={100}
      step={1}
      readOnly={!mayScore}
      helperText={
        mayScore
          ? 'trident.plan_readiness.presentation_help'
          : 'trident.plan_readiness.presentation_by_manager'
      }
    />
  );
}

export const workPlans = {
  list: WorkPlanList,
  show: WorkPlanShow,
  create: () => (
    <Create redirect="show">
      <SimpleForm>
        <CreateInputs />
      </SimpleForm>
    </Create>
  ),
  edit: () => (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm>
        <TextInput source="name" validate={score} sx={{ width: 500 }} />
        <PresentationScoreInput />
      </SimpleForm>
    </Edit>
  ),
};
