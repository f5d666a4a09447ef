import { Box, Chip, type ChipProps, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import {
  BooleanInput,
  Create,
  CreateButton,
  Datagrid,
  FilterButton,
  FunctionField,
  List,
  maxLength,
  NullableBooleanInput,
  ReferenceInput,
  required,
  SelectInput,
  TextField,
  TextInput,
  TopToolbar,
  useCanAccess,
  useTranslate,
} from 'react-admin';
import { AutocompleteInput } from '../../inputs/AutocompleteInput';
import { SimpleForm } from '../../inputs/forms';
import { useWatch } from 'react-hook-form';
import { feedbackKindChoices, feedbackSeverityChoices } from '../../choices';
import { AccountInput } from '../account-input';
import { FeedbackActions } from './FeedbackActions';
import type { FeedbackFieldsFragment } from '../../gql/graphql';
import { DateText } from '../../formats/DateText';

/** The theme's warning colour, faint, behind the row. */
const waitingRow = { bgcolor: 'rgba(237, 108, 2, 0.08)' };
const filters = [
  <BooleanInput key="mine" source="mine" alwaysOn />,
  <NullableBooleanInput key="acknowledged" source="acknowledged" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={feedbackKindChoices} alwaysOn />,
  <AccountInput key="accountId" alwaysOn />,
];

const KIND_COLORS: Record<string, ChipProps['color']> = {
  NEW_NEED: 'info',
  POSITIVE: 'success',
  NEGATIVE: 'error',
  SURVEY: 'secondary',
};
/** A survey answer is the customer's own: it comes from a link, never reported by hand. */
const reportedKindChoices = feedbackKindChoices.filter((choice) => choice.id !== 'SURVEY');
const SEVERITY_COLORS: Record<string, ChipProps['color']> = {
  MINOR: 'default',
  MAJOR: 'warning',
  CRITICAL: 'error',
};

type FeedbackRow = FeedbackFieldsFragment;

/** When, who heard it, and the AR it went to. */
function Reported({ row }: { row: FeedbackRow }) {
  return (
    <>
      <Typography variant="body2" sx={{ whiteSpace: 'nowrap' }}>
        <DateText value={row.createdAt} showTime />
      </Typography>
      <Typography variant="caption" component="div" sx={{ color: 'text.secondary' }}>
        {row.reporter?.name} → {row.routedTo?.name}
      </Typography>
    </>
  );
}

function Kind({ row }: { row: FeedbackRow }) {
  const translate = useTranslate();
  return (
    <span style={{ display: 'inline-flex', flexDirection: 'column', gap: 4 }}>
      <Chip
        size="small"
        color={KIND_COLORS[row.kind]}
        label={translate(`trident.feedback_kinds.${row.kind}`)}
      />
      {row.surveyScore !== null && row.surveyScore !== undefined && (
        <Chip size="small" variant="outlined" label={`NPS ${row.surveyScore}/10`} />
      )}
      {row.severity !== 'MINOR' && (
        <Chip
          size="small"
          variant="outlined"
          color={SEVERITY_COLORS[row.severity]}
          label={translate(`trident.feedback_severities.${row.severity}`)}
        />
      )}
    </span>
  );
}

function Acknowledged({ row }: { row: FeedbackRow }) {
  const translate = useTranslate();
  if (!row.acknowledgedAt) {
    return <Chip size="small" color="warning" label={translate('trident.feedback.waiting')} />;
  }
  return (
    <Typography variant="body2" sx={{ whiteSpace: 'nowrap' }} data-testid="feedback-acknowledged">
      {translate('trident.feedback.after_minutes', {
        smart_count: row.minutesToAcknowledge ?? 0,
      })}
      {row.leadId && (
        <>
          {' · '}
          <Link to={`/leads/${row.leadId}/show`}>{translate('trident.feedback.lead')}</Link>
        </>
      )}
    </Typography>
  );
}

/**
 * The one-minute feedback loop (seed 000): what the team heard at the customer reaches the
 * AR at once; the AR acknowledges with one click. New items arrive live (the bell).
 */
function FeedbackList() {
  const { canAccess: acknowledges } = useCanAccess({
    resource: 'feedbacks',
    action: 'acknowledge',
  });
  return (
    <List
      title="trident.feedback.inbox"
      filters={filters}
      // The AR's inbox: what was routed to me; others see their accounts' feedback.
      filterDefaultValues={acknowledges ? { mine: true } : {}}
      actions={
        <TopToolbar>
          <FilterButton />
          <CreateButton label="trident.feedback.report" />
        </TopToolbar>
      }
      perPage={25}
      exporter={false}
    >
      <Datagrid
        bulkActionButtons={false}
        rowClick={false}
        rowSx={(record) => (record.acknowledgedAt ? {} : waitingRow)}
      >
        <FunctionField
          source="createdAt"
          sortable={false}
          render={(row: FeedbackRow) => <Reported row={row} />}
        />
        <TextField
          source="account.name"
          label="resources.feedbacks.fields.accountId"
          sortable={false}
          sx={{ display: 'block', minWidth: 150 }}
        />
        <FunctionField
          source="kind"
          sortable={false}
          render={(row: FeedbackRow) => <Kind row={row} />}
        />
        <TextField
          source="text"
          sortable={false}
          sx={{ whiteSpace: 'pre-wrap', display: 'block', minWidth: 240 }}
        />
        <FunctionField
          source="acknowledgedAt"
          sortable={false}
          render={(row: FeedbackRow) => <Acknowledged row={row} />}
        />
        <FunctionField label="trident.task.actions_column" render={() => <FeedbackActions />} />
      </Datagrid>
    </List>
  );
}

function ReportInputs() {
  const accountId = useWatch({ name: 'accountId' }) as string | undefined;
  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' },
        columnGap: 2,
        width: '100%',
        maxWidth: 800,
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
      <SelectInput source="kind" choices={reportedKindChoices} validate={required()} />
      <SelectInput
        source="severity"
        choices={feedbackSeverityChoices}
        defaultValue="MINOR"
        validate={required()}
      />
      <Box sx={{ gridColumn: { md: 'span 2' } }}>
        <TextInput
          source="text"
          multiline
          minRows={3}
          fullWidth
          validate={[required(), maxLength(4000)]}
          helperText="trident.feedback.text_help"
        />
      </Box>
    </Box>
  );
}

export const feedbacks = {
  list: FeedbackList,
  create: () => (
    <Create redirect="list" title="trident.feedback.report">
      <SimpleForm>
        <ReportInputs />
      </SimpleForm>
    </Create>
  ),
};
