import { Box, Typography } from '@mui/material';
import { parsePeriod } from '@trident/domain';
import {
  ArrayInput,
  BooleanInput,
  maxLength,
  ReferenceInput,
  required,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateInput } from '../../inputs/DateInput';
import { useWatch } from 'react-hook-form';
import { AutocompleteInput } from '../../inputs/AutocompleteInput';
import { currencyCode } from '../../inputs/validators';
import { NumberInput } from '../../inputs/forms';
import { lifecycleStageChoices } from '../../choices';
import { AccountInput } from '../account-input';

const grid = {
  display: 'grid',
  gridTemplateColumns: { xs: '1fr', md: 'repeat(4, 1fr)' },
  columnGap: 2,
  width: '100%',
  maxWidth: 1100,
};
const span = (n: number) => ({ gridColumn: { md: `span ${n}` } });

/** 2026, 2026-Q4 or 2026-11: the API says the same when it refuses one. */
export const periodFormat = (value: unknown) =>
  value && !parsePeriod(String(value)) ? 'trident.period.invalid' : undefined;

function Step({ title }: { title: string }) {
  const translate = useTranslate();
  return (
    <Typography variant="subtitle1" sx={{ ...span(4), mt: 2, mb: 1 }}>
      {translate(title)}
    </Typography>
  );
}

/**
 * The seed 002 plan, in its steps: intelligence, potential, relationship, strategy,
 * product targets, risk margin, milestones. Create and edit share these.
 */
export function AccountPlanInputs({ creating = false }: { creating?: boolean }) {
  const record = useRecordContext<{ accountId?: string }>();
  const accountId = (useWatch({ name: 'accountId' }) as string | undefined) ?? record?.accountId;
  return (
    <Box sx={grid}>
      {creating && (
        <Box sx={span(2)}>
          <AccountInput isRequired />
        </Box>
      )}
      {creating && (
        <TextInput
          source="period"
          validate={[required(), periodFormat]}
          helperText="trident.period.help"
        />
      )}
      {creating && (
        <TextInput source="currency" defaultValue="CNY" validate={[required(), currencyCode]} />
      )}
      <Step title="trident.plan.step_intelligence" />
      <Box sx={span(4)}>
        <TextInput
          source="intelligenceSummary"
          multiline
          minRows={3}
          fullWidth
          validate={maxLength(10000)}
        />
      </Box>
      <Step title="trident.plan.step_assessment" />
      <NumberInput source="potential.amount" min={0} />
      <SelectInput source="relationshipStage" choices={lifecycleStageChoices} />
      <NumberInput source="target.amount" min={0} validate={required()} />
      <NumberInput source="riskMargin" min={1} max={20} step={0.5} defaultValue={3} />
      <Box sx={span(4)}>
        <TextInput source="strategy" multiline minRows={2} fullWidth validate={maxLength(10000)} />
      </Box>
      <Box sx={span(4)}>
        <ArrayInput source="productTargets">
          <SimpleFormIterator inline disableReordering>
            <TextInput source="product" validate={[required(), maxLength(100)]} />
            <NumberInput source="amount" min={0} validate={required()} />
          </SimpleFormIterator>
        </ArrayInput>
      </Box>
      <Step title="trident.plan.step_milestones" />
      <Box sx={span(4)}>
        <ArrayInput source="milestones" label={false}>
          <SimpleFormIterator inline>
            <TextInput
              source="task"
              validate={[required(), maxLength(500)]}
              sx={{ minWidth: 260 }}
            />
            <ReferenceInput
              source="ownerId"
              reference="users"
              filter={
                accountId ? { onAccountTeam: accountId, status: 'ACTIVE' } : { status: 'ACTIVE' }
              }
            >
              <AutocompleteInput
                optionText="name"
                filterToQuery={(q: string) => ({ q })}
                validate={required()}
                sx={{ minWidth: 200 }}
              />
            </ReferenceInput>
            <DateInput source="due" validate={required()} sx={{ minWidth: 170 }} />
            <NumberInput source="floorTarget" min={0} />
            <BooleanInput source="done" />
          </SimpleFormIterator>
        </ArrayInput>
      </Box>
    </Box>
  );
}
