import { Box, Chip, Stack } from '@mui/material';
import {
  BooleanField,
  BooleanInput,
  Create,
  Datagrid,
  Edit,
  FunctionField,
  List,
  maxLength,
  maxValue,
  minValue,
  NumberField,
  required,
  SelectArrayInput,
  SelectField,
  SelectInput,
  TextField,
  TextInput,
  useTranslate,
} from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { useEffect } from 'react';
import { stageCode } from '../../inputs/validators';
import { NumberInput, SimpleForm } from '../../inputs/forms';
import { funnelWeaknessChoices, stageCriterionChoices } from '../../choices';
import type { FunnelStageFieldsFragment } from '../../gql/graphql';

const grid = {
  display: 'grid',
  gridTemplateColumns: { xs: '1fr', md: 'repeat(4, 1fr)' },
  columnGap: 2,
  width: '100%',
  maxWidth: 960,
};

const codeRules = [required(), maxLength(40), stageCode];
const nameRules = [required(), maxLength(100)];

/**
 * A stage closes a deal as won or as lost, never both: ticking one locks the other; a won
 * stage's probability is 100, a lost one's 0 (the API's rules, followed as the user ticks).
 */
function WonOrLostInputs() {
  const [isWon, isLost] = useWatch({ name: ['isWon', 'isLost'] }) as [boolean?, boolean?];
  const { setValue } = useFormContext();
  useEffect(() => {
    if (isWon) setValue('probability', 100, { shouldDirty: true });
    else if (isLost) setValue('probability', 0, { shouldDirty: true });
  }, [isWon, isLost, setValue]);
  return (
    <>
      <NumberInput
        source="probability"
        min={0}
        max={100}
        validate={required()}
        readOnly={!!isWon || !!isLost}
      />
      <BooleanInput source="isWon" disabled={!!isLost} />
      <BooleanInput source="isLost" disabled={!!isWon} />
    </>
  );
}

/** Seed 002's margin per stage; a stage that closes the deal has none. */
function RiskMarginInput() {
  const [isWon, isLost, margin] = useWatch({ name: ['isWon', 'isLost', 'riskMargin'] }) as [
    boolean | undefined,
    boolean | undefined,
    number | null | undefined,
  ];
  const { setValue } = useFormContext();
  const closes = !!isWon || !!isLost;
  useEffect(() => {
    if (closes && margin != null) setValue('riskMargin', null, { shouldDirty: true });
  }, [closes, margin, setValue]);
  return (
    <NumberInput
      source="riskMargin"
      min={1}
      max={20}
      step={0.5}
      validate={[minValue(1), maxValue(20)]}
      readOnly={closes}
      helperText="trident.funnel_stage.risk_margin_help"
    />
  );
}

/** Create and edit share these; the code is the stable key reports use, fixed once created. */
function StageInputs({ creating = false }: { creating?: boolean }) {
  return (
    <Box sx={grid}>
      <TextInput
        source="code"
        validate={codeRules}
        readOnly={!creating}
        helperText="trident.funnel_stage.code_help"
      />
      <TextInput source="nameZh" validate={nameRules} />
      <TextInput source="nameEn" validate={nameRules} />
      <NumberInput source="position" min={0} validate={required()} />
      <WonOrLostInputs />
      <RiskMarginInput />
      <BooleanInput source="active" defaultValue />
      <Box sx={{ gridColumn: { md: 'span 2' } }}>
        <SelectArrayInput source="entryCriteria" choices={stageCriterionChoices} fullWidth />
      </Box>
      <Box sx={{ gridColumn: { md: 'span 2' } }}>
        <SelectInput source="weakness" choices={funnelWeaknessChoices} fullWidth />
      </Box>
    </Box>
  );
}

function CriteriaChips({ criteria }: { criteria: string[] }) {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap' }}>
      {criteria.map((c) => (
        <Chip key={c} size="small" label={translate(`trident.stage_criteria.${c}`)} />
      ))}
    </Stack>
  );
}

type StageRecord = FunnelStageFieldsFragment;

function StageList() {
  return (
    // The API returns the stages in funnel order; there are only a handful.
    <List perPage={100} pagination={false} exporter={false}>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <NumberField source="position" sortable={false} />
        <TextField source="code" sortable={false} />
        <FunctionField
          source="nameEn"
          label="trident.funnel_stage.names"
          sortable={false}
          render={(r: StageRecord) => `${r.nameEn} · ${r.nameZh}`}
        />
        <FunctionField
          source="probability"
          sortable={false}
          render={(r: StageRecord) => `${r.probability}%`}
        />
        <FunctionField
          source="isWon"
          label="trident.funnel_stage.outcome"
          sortable={false}
          render={(r: StageRecord) => <StageOutcome stage={r} />}
        />
        <FunctionField
          source="entryCriteria"
          sortable={false}
          render={(r: StageRecord) => <CriteriaChips criteria={r.entryCriteria} />}
        />
        <FunctionField
          source="riskMargin"
          sortable={false}
          render={(r: StageRecord) => (r.riskMargin == null ? '—' : `${r.riskMargin}×`)}
        />
        <SelectField
          source="weakness"
          choices={funnelWeaknessChoices}
          sortable={false}
          emptyText="—"
        />
        <BooleanField source="active" sortable={false} />
      </Datagrid>
    </List>
  );
}

function StageOutcome({ stage }: { stage: StageRecord }) {
  const translate = useTranslate();
  if (stage.isWon)
    return (
      <Chip size="small" color="success" label={translate('resources.funnelStages.fields.isWon')} />
    );
  if (stage.isLost)
    return <Chip size="small" label={translate('resources.funnelStages.fields.isLost')} />;
  return <>—</>;
}

export const funnelStages = {
  list: StageList,
  create: () => (
    <Create redirect="list">
      <SimpleForm>
        <StageInputs creating />
      </SimpleForm>
    </Create>
  ),
  edit: () => (
    <Edit mutationMode="pessimistic" redirect="list">
      <SimpleForm>
        <StageInputs />
      </SimpleForm>
    </Edit>
  ),
};
