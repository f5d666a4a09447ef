import { Box } from '@mui/material';
import {
  BooleanInput,
  maxLength,
  ReferenceInput,
  required,
  SelectInput,
  TextInput,
  useRecordContext,
} from 'react-admin';
import { AutocompleteInput } from '../../inputs/AutocompleteInput';
import { DateTimeInput } from '../../inputs/DateTimeInput';
import { useWatch } from 'react-hook-form';
import { taskFormKindChoices } from '../../choices';
import { AccountInput } from '../account-input';
import { needsPastDueConfirmation } from './past-due';
import { BlockedByInput, RiskOfTaskNote } from './TaskTableParts';

const grid = {
  display: 'grid',
  gridTemplateColumns: { xs: '1fr', md: 'repeat(4, 1fr)' },
  columnGap: 2,
  width: '100%',
  maxWidth: 1100,
};
const wide = { gridColumn: { md: 'span 2' } };
const full = { gridColumn: { md: 'span 4' } };
const byQ = (q: string) => ({ q });

/**
 * Create and edit share these: a task says what exactly is to be done, to which quality,
 * with which result and by when (seed 000). Changing the assignee or the content asks the
 * assignee for a new acknowledgement (the API does that).
 */
export function TaskInputs({ creating = false }: { creating?: boolean }) {
  const record = useRecordContext<{ accountId?: string; due?: string }>();
  const accountId = (useWatch({ name: 'accountId' }) as string | undefined) ?? record?.accountId;
  return (
    <Box sx={grid}>
      <Box sx={full}>
        <RiskOfTaskNote />
      </Box>
      {creating && (
        <>
          <Box sx={wide}>
            <AccountInput isRequired />
          </Box>
          <Box sx={wide}>
            <ReferenceInput
              source="opportunityId"
              reference="opportunities"
              filter={accountId ? { accountId, open: true } : { open: true }}
            >
              <AutocompleteInput
                optionText="name"
                filterToQuery={byQ}
                disabled={!accountId}
                fullWidth
              />
            </ReferenceInput>
          </Box>
        </>
      )}
      <Box sx={creating ? wide : full}>
        <TextInput source="title" validate={[required(), maxLength(200)]} fullWidth />
      </Box>
      {creating && (
        <SelectInput
          source="kind"
          choices={taskFormKindChoices}
          defaultValue="GENERAL"
          validate={required()}
        />
      )}
      <Box sx={creating ? undefined : wide}>
        <ReferenceInput
          source="planId"
          reference="workPlans"
          filter={accountId ? { accountId } : {}}
        >
          <AutocompleteInput
            optionText="name"
            filterToQuery={(q: string) => ({ q })}
            disabled={!accountId}
            fullWidth
          />
        </ReferenceInput>
      </Box>
      <Box sx={full}>
        <TextInput
          source="content"
          multiline
          minRows={2}
          fullWidth
          validate={maxLength(4000)}
          helperText="trident.task.content_help"
        />
      </Box>
      <Box sx={wide}>
        <TextInput
          source="qualityRequirement"
          multiline
          minRows={2}
          fullWidth
          validate={maxLength(2000)}
        />
      </Box>
      <Box sx={wide}>
        <TextInput
          source="expectedResult"
          multiline
          minRows={2}
          fullWidth
          validate={maxLength(2000)}
        />
      </Box>
      <Box sx={wide}>
        <TextInput source="resourcesNeeded" fullWidth validate={maxLength(2000)} />
      </Box>
      <DateTimeInput source="due" validate={required()} />
      {/* The API gives a task only to the account's team (or its requester). */}
      <ReferenceInput
        key={accountId ?? 'none'}
        source="assigneeId"
        reference="users"
        filter={accountId ? { onAccountTeam: accountId, status: 'ACTIVE' } : { status: 'ACTIVE' }}
      >
        <AutocompleteInput optionText="name" filterToQuery={byQ} />
      </ReferenceInput>
      <Box sx={full}>
        <BlockedByInput accountId={accountId} />
      </Box>
      <PastDueConfirmation creating={creating} savedDue={record?.due} />
    </Box>
  );
}

/** A due time already past is saved only once the requester confirms it (the API audits it). */
function PastDueConfirmation({ creating, savedDue }: { creating: boolean; savedDue?: string }) {
  const due: unknown = useWatch({ name: 'due' });
  if (!needsPastDueConfirmation(due, savedDue, new Date(), creating)) return null;
  return (
    <Box sx={full}>
      <BooleanInput
        source="allowPastDue"
        label="trident.task.allow_past_due"
        helperText="trident.task.allow_past_due_help"
        validate={(value: unknown) => (value ? undefined : 'trident.task.past_due_confirm')}
      />
    </Box>
  );
}
