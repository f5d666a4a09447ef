import { Box, Chip, Stack, Typography } from '@mui/material';
import {
  ArrayInput,
  BooleanField,
  BooleanInput,
  Create,
  Datagrid,
  Edit,
  FormDataConsumer,
  FunctionField,
  List,
  NullableBooleanInput,
  maxLength,
  minValue,
  NumberField,
  ReferenceInput,
  required,
  SelectField,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  TextField,
  useGetList,
  useTranslate,
} from 'react-admin';
import { NumberInput, SimpleForm } from '../../inputs/forms';
import { escalationTargetChoices, escalationTriggerChoices } from '../../choices';
import { levelTimes, type ChainLevel } from './rule-chain';
import { WHOLE_LIST } from '../../inputs/whole-list';

/** Active only, or not: the desk counts the active ones and opens this list so. */
const activeFilter = [<NullableBooleanInput key="active" source="active" alwaysOn />];

const atLeastOneLevel = (levels: unknown) =>
  Array.isArray(levels) && levels.length > 0 ? undefined : 'trident.escalation_rule.need_level';

/**
 * ADMIN's rule editor: a trigger, a threshold, and the ordered chain — owner, then manager,
 * then a named internal resource — each level some hours after the previous one.
 */
function RuleInputs() {
  const translate = useTranslate();
  return (
    <Box sx={{ width: '100%', maxWidth: 960 }}>
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', md: '2fr 1fr 1fr' },
          columnGap: 2,
        }}
      >
        <TextInput source="name" validate={[required(), maxLength(200)]} fullWidth />
        <SelectInput source="trigger" choices={escalationTriggerChoices} validate={required()} />
        <NumberInput
          source="thresholdHours"
          min={0}
          step={1}
          defaultValue={0}
          validate={[required(), minValue(0)]}
          helperText="trident.escalation_rule.threshold_help"
        />
      </Box>
      <BooleanInput source="active" defaultValue />
      <Typography variant="subtitle1" sx={{ mt: 1 }}>
        {translate('resources.escalationRules.fields.levels')}
      </Typography>
      <Typography variant="caption" sx={{ color: 'text.secondary' }}>
        {translate('trident.escalation_rule.levels_help')}
      </Typography>
      <ArrayInput source="levels" label={false} validate={atLeastOneLevel}>
        <SimpleFormIterator inline disableClear>
          <SelectInput
            source="target"
            choices={escalationTargetChoices}
            validate={required()}
            defaultValue="OWNER"
            helperText={false}
            sx={{ width: 200 }}
          />
          <NumberInput
            source="afterHours"
            min={0}
            step={1}
            defaultValue={0}
            validate={[required(), minValue(0)]}
            helperText={false}
            sx={{ width: 140 }}
          />
          <FormDataConsumer>
            {({ scopedFormData }) =>
              scopedFormData?.target === 'RESOURCE' ? (
                <ReferenceInput
                  source="resourceId"
                  reference="internalResources"
                  perPage={WHOLE_LIST}
                >
                  <SelectInput
                    optionText="name"
                    validate={required()}
                    helperText={false}
                    sx={{ width: 260 }}
                  />
                </ReferenceInput>
              ) : null
            }
          </FormDataConsumer>
        </SimpleFormIterator>
      </ArrayInput>
    </Box>
  );
}

/** The chain as chips: "Owner · 0 h → Manager · 24 h → 王总 · 72 h". */
function Chain({ levels }: { levels: ChainLevel[] }) {
  const translate = useTranslate();
  const { data: resources } = useGetList('internalResources', {
    pagination: { page: 1, perPage: 500 },
  });
  const times = levelTimes(levels);
  const name = (level: ChainLevel) =>
    level.target === 'RESOURCE'
      ? (resources?.find((r) => r.id === level.resourceId)?.name ??
        translate('trident.escalation_targets.RESOURCE'))
      : translate(`trident.escalation_targets.${level.target}`);
  return (
    <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
      {levels.map((level, i) => (
        <Box key={i} sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
          {i > 0 && <span>→</span>}
          <Chip
            size="small"
            variant="outlined"
            label={`${name(level)} · ${translate('trident.escalation_rule.hours', { hours: times[i] })}`}
          />
        </Box>
      ))}
    </Stack>
  );
}

function RuleList() {
  return (
    <List perPage={100} pagination={false} exporter={false} filters={activeFilter}>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField source="name" sortable={false} />
        <SelectField source="trigger" choices={escalationTriggerChoices} sortable={false} />
        <NumberField source="thresholdHours" sortable={false} />
        <FunctionField
          source="levels"
          sortable={false}
          render={(row: { levels: ChainLevel[] }) => <Chain levels={row.levels} />}
        />
        <BooleanField source="active" sortable={false} />
      </Datagrid>
    </List>
  );
}

export const escalationRules = {
  list: RuleList,
  create: () => (
    <Create redirect="list">
      <SimpleForm defaultValues={{ levels: [{ target: 'OWNER', afterHours: 0 }] }}>
        <RuleInputs />
      </SimpleForm>
    </Create>
  ),
  edit: () => (
    <Edit mutationMode="pessimistic" redirect="list">
      <SimpleForm>
        <RuleInputs />
      </SimpleForm>
    </Edit>
  ),
};
