import { HANDOVER_SUCCESSOR_ROLES } from '@trident/domain';
import { Typography } from '@mui/material';
import {
  Create,
  CreateButton,
  Datagrid,
  FunctionField,
  List,
  ReferenceInput,
  required,
  SelectInput,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { AutocompleteInput } from '../../inputs/AutocompleteInput';
import { useReportingLineFilter } from '../reporting-line';
import { useWatch } from 'react-hook-form';
import { SimpleForm } from '../../inputs/forms';
import { handoverStatusChoices } from '../../choices';
import { DateField } from '../../formats/DateField';
import { HandoverProgress, HandoverStatus, type HandoverRow } from './HandoverParts';
import { HandoverShow } from './HandoverShow';

const filters = [
  <SelectInput key="status" source="status" choices={handoverStatusChoices} alwaysOn />,
];

function HandoverList() {
  return (
    <List
      filters={filters}
      perPage={25}
      exporter={false}
      actions={
        <TopToolbar>
          <CreateButton label="trident.handover.start" />
        </TopToolbar>
      }
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <FunctionField
          source="fromUserId"
          sortable={false}
          render={(row: HandoverRow) => row.fromUser?.name ?? '—'}
        />
        <FunctionField
          source="toUserId"
          sortable={false}
          render={(row: HandoverRow) => row.toUser?.name ?? '—'}
        />
        <FunctionField
          source="status"
          sortable={false}
          render={(row: HandoverRow) => <HandoverStatus status={row.status} />}
        />
        <FunctionField
          source="progress"
          sortable={false}
          render={(row: HandoverRow) => <HandoverProgress progress={row.progress} />}
        />
        <DateField source="startedAt" sortable={false} />
        <DateField source="doneAt" sortable={false} emptyText="—" />
      </Datagrid>
    </List>
  );
}

const byQ = (q: string) => ({ q });

/**
 * The handover wizard (seed 001): who leaves, who takes over. The API creates one task per
 * customer and open deal with the playbook for its stage; ownership moves item by item.
 */
function HandoverCreate() {
  const translate = useTranslate();
  const people = useReportingLineFilter();
  return (
    <Create redirect="show" title="trident.handover.start">
      <SimpleForm>
        <Typography variant="body2" sx={{ mb: 2, maxWidth: 700 }}>
          {translate('trident.handover.help')}
        </Typography>
        <ReferenceInput source="fromUserId" reference="users" filter={people}>
          <AutocompleteInput
            optionText="name"
            filterToQuery={byQ}
            validate={required()}
            sx={{ width: 360 }}
          />
        </ReferenceInput>
        <SuccessorInput />
      </SimpleForm>
    </Create>
  );
}

/**
 * The successor: anyone active except the person handing over, who may carry customers and
 * deals (the others are offered, but not choosable; the API refuses them too).
 */
function SuccessorInput() {
  const from = useWatch({ name: 'fromUserId' }) as string | undefined;
  const people = useReportingLineFilter();
  return (
    <ReferenceInput source="toUserId" reference="users" filter={people}>
      <AutocompleteInput
        optionText="name"
        filterToQuery={byQ}
        validate={[required(), differentFrom(from)]}
        getOptionDisabled={(option: { id: string; roles?: string[] }) =>
          option.id === from || !option.roles?.some((role) => successorRoles.has(role))
        }
        sx={{ width: 360 }}
      />
    </ReferenceInput>
  );
}

const successorRoles = new Set<string>(HANDOVER_SUCCESSOR_ROLES);

const differentFrom = (from: string | undefined) => (value: unknown) =>
  value && value === from ? 'trident.validation.different_person' : undefined;

export const handovers = {
  list: HandoverList,
  show: HandoverShow,
  create: HandoverCreate,
};
