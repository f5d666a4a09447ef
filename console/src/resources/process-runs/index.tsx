import {
  Alert,
  Box,
  Chip,
  Stack,
  Step,
  StepContent,
  StepLabel,
  Stepper,
  Typography,
} from '@mui/material';
import {
  Datagrid,
  FunctionField,
  List,
  SelectField,
  SelectInput,
  Show,
  SimpleShowLayout,
  TextField,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateField } from '../../formats/DateField';
import { ChainChart } from '../../chain/ChainChart';
import { formatDay, stepIsLate } from '../../chain/chain-chart';
import { ApproverCell, GapBadges, OwnerCell } from '../../chain/ChainPeople';
import { PlanHistory } from '../../chain/PlanHistory';
import { InsertStepButton, RunFacts } from '../../chain/RunCard';
import { AccountInput } from '../account-input';
import { runStatusChoices } from '../../choices';
import type { ProcessRunFieldsFragment } from '../../gql/graphql';
import { StepActions } from './StepActions';

const filters = [
  <AccountInput key="accountId" alwaysOn />,
  <SelectInput key="status" source="status" choices={runStatusChoices} />,
];

/**
 * Where the deal stands in the customer's chain: one line per step, with the expected and
 * observed dates, our owner, the approver and the gaps; steps move from here.
 */
function RunSteps() {
  const record = useRecordContext<ProcessRunFieldsFragment>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  const steps = [...record.steps].sort((a, b) => a.position - b.position);
  const active = steps.findIndex((s) => s.status !== 'PASSED' && s.status !== 'SKIPPED');
  const range = (from: string | null, to: string | null) =>
    `${formatDay(from, locale)} – ${to ? formatDay(to, locale) : '…'}`;
  return (
    <Stepper orientation="vertical" activeStep={active === -1 ? steps.length : active} nonLinear>
      {steps.map((step) => {
        const overdue =
          step.status !== 'PASSED' &&
          step.status !== 'SKIPPED' &&
          step.daysInStatus > step.typicalDays;
        const late = stepIsLate(step);
        return (
          <Step key={step.id} completed={step.status === 'PASSED'} expanded>
            <StepLabel
              error={
                step.status === 'BLOCKED' ||
                (late && step.status !== 'PASSED' && step.status !== 'SKIPPED')
              }
            >
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
              <Box
                sx={{
                  display: 'grid',
                  gridTemplateColumns: { xs: '1fr', md: 'repeat(4, minmax(0, 1fr))' },
                  gap: 1.5,
                  my: 0.5,
                }}
              >
                <Box>
                  <Typography variant="caption" sx={{ color: 'text.secondary' }}>
                    {translate('trident.chain.expected')}
                  </Typography>
                  <Typography variant="body2">
                    {step.expectedStart ? range(step.expectedStart, step.expectedFinish) : '—'}
                  </Typography>
                  {late && (
                    <Typography variant="caption" sx={{ color: 'error.main', fontWeight: 600 }}>
                      {step.daysLate > 0
                        ? translate('trident.chain.days_late', { days: step.daysLate })
                        : translate('trident.chain.finished_late')}
                    </Typography>
                  )}
                </Box>
                <Box>
                  <Typography variant="caption" sx={{ color: 'text.secondary' }}>
                    {translate('trident.chain.observed')}
                  </Typography>
                  <Typography variant="body2">
                    {step.startedAt || step.finishedAt
                      ? range(step.startedAt ?? step.finishedAt, step.finishedAt)
                      : '—'}
                  </Typography>
                </Box>
                <Box>
                  <Typography variant="caption" sx={{ color: 'text.secondary' }}>
                    {translate('trident.chain.our_owner')}
                  </Typography>
                  <OwnerCell step={step} />
                </Box>
                <Box>
                  <Typography variant="caption" sx={{ color: 'text.secondary' }}>
                    {translate('trident.chain.approver')}
                  </Typography>
                  <ApproverCell step={step} />
                </Box>
              </Box>
              <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
                {step.unplanned && (
                  <Chip
                    size="small"
                    color="secondary"
                    variant="outlined"
                    label={translate('trident.chain.unplanned')}
                  />
                )}
                {step.outOfOrder && (
                  <Chip
                    size="small"
                    color="warning"
                    variant="outlined"
                    label={translate('trident.chain.out_of_order')}
                  />
                )}
                <GapBadges
                  stepId={step.id}
                  gaps={step.gaps}
                  tasks={[]}
                  accountId={record.accountId}
                />
              </Stack>
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

/** The run against its plan, drawn as the deal's chain view draws it, and its history. */
function RunOverview() {
  const record = useRecordContext<ProcessRunFieldsFragment>();
  if (!record) return null;
  return (
    <Box sx={{ width: '100%' }}>
      <Stack direction="row" sx={{ justifyContent: 'flex-end' }}>
        <InsertStepButton run={record} />
      </Stack>
      <RunFacts run={record} />
      <ChainChart run={record} />
    </Box>
  );
}

function RunPlans() {
  const record = useRecordContext<ProcessRunFieldsFragment>();
  return record ? <PlanHistory plans={record.plans} /> : null;
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
          render={(r: ProcessRunFieldsFragment) =>
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
        <RunOverview />
        <RunSteps />
        <RunPlans />
      </SimpleShowLayout>
    </Show>
  ),
};
