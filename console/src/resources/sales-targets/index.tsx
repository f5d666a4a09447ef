import {
  useGetIdentity,
  Create,
  Datagrid,
  FunctionField,
  List,
  maxLength,
  type RaRecord,
  ReferenceInput,
  required,
  TextField,
  TextInput,
  useNotify,
  useRedirect,
} from 'react-admin';
import { AutocompleteInput } from '../../inputs/AutocompleteInput';
import { useReportingLineFilter } from '../reporting-line';
import { currencyCode } from '../../inputs/validators';
import { NumberInput, SimpleForm } from '../../inputs/forms';
import { Box } from '@mui/material';
import { periodFormat } from '../account-plans/AccountPlanInputs';
import { AdjustTargetButton } from './AdjustTargetButton';
import { TargetAttainment, type TargetWithAttainment } from './Attainment';
import { TargetAdjustmentsPanel } from './TargetAdjustmentsPanel';

const byName = (q: string) => ({ q });

const filters = [
  <ReferenceInput key="userId" source="userId" reference="users" alwaysOn>
    <AutocompleteInput optionText="name" filterToQuery={byName} />
  </ReferenceInput>,
  <TextInput key="period" source="period" alwaysOn />,
];

function SalesTargetList() {
  return (
    <>
      <List filters={filters} perPage={25} exporter={false}>
        <Datagrid rowClick={false} bulkActionButtons={false}>
          <TextField
            source="user.name"
            label="resources.salesTargets.fields.userId"
            sortable={false}
          />
          <TextField source="period" sortable={false} />
          <FunctionField
            source="revenue"
            label="trident.target.revenue_column"
            sortable={false}
            render={(r: TargetWithAttainment) => <TargetAttainment target={r} measure="revenue" />}
          />
          <FunctionField
            source="riskMargin"
            sortable={false}
            render={(r: { riskMargin: number }) => `${r.riskMargin}×`}
          />
          <FunctionField
            source="newAccounts"
            label="trident.target.new_accounts_column"
            sortable={false}
            render={(r: TargetWithAttainment) => (
              <TargetAttainment target={r} measure="newAccounts" />
            )}
          />
          <FunctionField
            source="renewalRate"
            label="trident.target.renewal_column"
            sortable={false}
            render={(r: TargetWithAttainment) => (
              <TargetAttainment target={r} measure="renewalRate" />
            )}
          />
          <FunctionField
            source="adjustments"
            sortable={false}
            render={(r: { adjustments: { flagged: boolean }[] }) => {
              const flagged = r.adjustments.filter((a) => a.flagged).length;
              return flagged ? `${r.adjustments.length} (⚑ ${flagged})` : r.adjustments.length;
            }}
          />
          <AdjustTargetButton />
        </Datagrid>
      </List>
      <TargetAdjustmentsPanel />
    </>
  );
}

/** Setting a target records the change too; a flagged rise is announced loudly. */
function SalesTargetCreate() {
  const people = useReportingLineFilter();
  const { identity } = useGetIdentity();
  const notify = useNotify();
  const redirect = useRedirect();
  return (
    <Create
      mutationOptions={{
        onSuccess: (data: RaRecord) => {
          if (data.flagged) {
            notify('trident.target.flagged_text', {
              type: 'warning',
              autoHideDuration: 15000,
            });
          } else {
            notify('ra.notification.created', { type: 'info', messageArgs: { smart_count: 1 } });
          }
          redirect('list', 'salesTargets');
        },
      }}
    >
      <SimpleForm>
        <Box
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: '1fr', md: 'repeat(4, 1fr)' },
            columnGap: 2,
            width: '100%',
            maxWidth: 1100,
          }}
        >
          <Box sx={{ gridColumn: { md: 'span 2' } }}>
            <ReferenceInput source="userId" reference="users" filter={people}>
              <AutocompleteInput
                optionText="name"
                filterToQuery={byName}
                getOptionDisabled={(option: { id: string }) => option.id === identity?.id}
                validate={required()}
                fullWidth
              />
            </ReferenceInput>
          </Box>
          <TextInput
            source="period"
            validate={[required(), periodFormat]}
            helperText="trident.period.help"
          />
          <TextInput source="currency" defaultValue="CNY" validate={[required(), currencyCode]} />
          <NumberInput source="revenue" min={0} validate={required()} />
          <NumberInput source="riskMargin" min={1} max={20} step={0.5} defaultValue={3} />
          <NumberInput source="newAccounts" min={0} />
          <NumberInput source="renewalRate" min={0} max={100} />
          <Box sx={{ gridColumn: { md: 'span 4' } }}>
            <TextInput
              source="reason"
              multiline
              fullWidth
              validate={[required(), maxLength(1000)]}
            />
          </Box>
        </Box>
      </SimpleForm>
    </Create>
  );
}

export const salesTargets = {
  list: SalesTargetList,
  create: SalesTargetCreate,
};
