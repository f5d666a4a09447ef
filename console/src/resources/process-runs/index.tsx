import TimelineIcon from '@mui/icons-material/Timeline';
import { Alert, Step, StepContent, StepLabel, Stepper, Typography } from '@mui/material';
import {
  Datagrid,
  DateField,
  FunctionField,
  List,
  SelectField,
  SelectInput,
  Show,
  SimpleShowLayout,
  TextField,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { AccountInput } from '../account-input';
import { runStatusChoices } from '../../choices';
import type { ProcessRunFieldsFragment } from '../../gql/graphql';
import { StepActions } from './StepActions';

type RunStepRecord = ProcessRunFieldsFragment['steps'][number];

const filters = [
  <AccountInput key="accountId" alwaysOn />,
  <SelectInput key="status" source="status" choices={runStatusChoices} />,
];

/** Where the deal stands in the customer's chain: one line per step. */
function RunSteps() {
  const record = useRecordContext<{ steps: RunStepRecord[]; status: string }>();
  const translate = useTranslate();
  if (!record) return null;
  const active = record.steps.findIndex((s) => s.status !== 'PASSED' && s.status !== 'SKIPPED');
  return (
    <Stepper
      orientation="vertical"
      activeStep={active === -1 ? record.steps.length : active}
      nonLinear
    >
      {record.steps.map((step) => {
        const overdue =
          step.status !== 'PASSED' &&
          step.status !== 'SKIPPED' &&
          step.daysInStatus > step.typicalDays;
        return (
          <Step key={step.id} completed={step.status === 'PASSED'} expanded>
            <StepLabel error={step.status === 'BLOCKED'}>
              {step.name} · {translate(`trident.run_step_statuses.${step.status}`)}
            </StepLabel>
            <StepContent>
              <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                {[step.approverContact?.name, step.approverOrgUnit?.name]
                  .filter(Boolean)
                  .join(' · ') || '—'}{' '}
                · {translate('trident.process.days_in_status', { days: step.daysInStatus })} /{' '}
                {step.typicalDays}
              </Typography>
              <StepActions step={step} running={record.status === 'RUNNING'} />
              {step.status === 'BLOCKED' && (
                <Alert severity={overdue ? 'error' : 'warning'} sx={{ mt: 0.5 }}>
                  {step.blockerContact
                    ? `${translate('trident.process.blocked_by', { name: step.blockerContact.name })}: `
                    : ''}
                  {step.blockReason}
                </Alert>
              )}
            </StepContent>
          </Step>
        );
      })}
    </Stepper>
  );
}

export const processRuns = {
  list: () => (
    <List filters={filters} perPage={25} exporter={false}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="title" sortable={false} />
        <TextField
          source="account.name"
          label="resources.processRuns.fields.accountId"
          sortable={false}
        />
        <TextField
          source="template.name"
          label="resources.processRuns.fields.template"
          sortable={false}
        />
        <SelectField source="status" choices={runStatusChoices} sortable={false} />
        <FunctionField
          label="resources.processRuns.fields.steps"
          render={(r: { steps: RunStepRecord[] }) =>
            `${r.steps.filter((s) => s.status === 'PASSED' || s.status === 'SKIPPED').length}/${r.steps.length}`
          }
        />
        <DateField source="startedAt" sortable={false} />
      </Datagrid>
    </List>
  ),
  show: () => (
    <Show>
      <SimpleShowLayout>
        <TextField source="title" />
        <TextField source="account.name" label="resources.processRuns.fields.accountId" />
        <TextField source="template.name" label="resources.processRuns.fields.template" />
        <TextField source="amount" emptyText="—" />
        <SelectField source="status" choices={runStatusChoices} />
        <RunSteps />
      </SimpleShowLayout>
    </Show>
  ),
  icon: TimelineIcon,
  recordRepresentation: 'title',
};
