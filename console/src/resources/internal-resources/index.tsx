import { Box, Chip } from '@mui/material';
import {
  BooleanField,
  BooleanInput,
  Create,
  Datagrid,
  Edit,
  FunctionField,
  List,
  NullableBooleanInput,
  maxLength,
  ReferenceInput,
  required,
  SelectField,
  SelectInput,
  TextField,
  TextInput,
  useCanAccess,
  useTranslate,
} from 'react-admin';
import { AutocompleteInput } from '../../inputs/AutocompleteInput';
import { NumberInput, SimpleForm } from '../../inputs/forms';
import { levelChoices } from '../../choices';
import { checklistItems, checklistText } from '../execution-inputs';
import type { InternalResourceFieldsFragment } from '../../gql/graphql';

/** Active only, or not: the desk counts the active ones and opens this list so. */
const activeFilter = [<NullableBooleanInput key="active" source="active" alwaysOn />];

const grid = {
  display: 'grid',
  gridTemplateColumns: { xs: '1fr', md: 'repeat(4, 1fr)' },
  columnGap: 2,
  width: '100%',
  maxWidth: 1100,
};
const wide = { gridColumn: { md: 'span 2' } };
const full = { gridColumn: { md: 'span 4' } };

/**
 * Seed 000: who we can bring in (a Trident user or a named executive/expert), at which
 * customer level, when they step in, how often at most, and what the team prepares.
 */
function ResourceInputs() {
  return (
    <Box sx={grid}>
      <Box sx={wide}>
        <TextInput source="name" validate={[required(), maxLength(100)]} fullWidth />
      </Box>
      <Box sx={wide}>
        <TextInput source="title" validate={maxLength(100)} fullWidth />
      </Box>
      <Box sx={wide}>
        <ReferenceInput source="userId" reference="users" filter={{ status: 'ACTIVE' }}>
          <AutocompleteInput
            optionText="name"
            filterToQuery={(q: string) => ({ q })}
            helperText="trident.internal_resource.user_help"
            fullWidth
          />
        </ReferenceInput>
      </Box>
      <SelectInput
        source="level"
        choices={levelChoices}
        validate={required()}
        helperText="trident.internal_resource.level_help"
      />
      <BooleanInput source="active" defaultValue />
      <Box sx={full}>
        <TextInput
          source="conditions"
          multiline
          minRows={2}
          fullWidth
          validate={maxLength(2000)}
          helperText="trident.internal_resource.conditions_help"
        />
      </Box>
      <NumberInput source="maxPerMonth" min={0} step={1} />
      <NumberInput source="maxPerQuarter" min={0} step={1} />
      <Box sx={full}>
        <TextInput
          source="preparation"
          multiline
          minRows={3}
          fullWidth
          format={checklistText}
          parse={(text: string) => text.split('\n')}
          helperText="trident.internal_resource.preparation_help"
        />
      </Box>
    </Box>
  );
}

type ResourceRow = InternalResourceFieldsFragment;

function Cap({ row }: { row: ResourceRow }) {
  const translate = useTranslate();
  const parts = [
    row.maxPerMonth !== null &&
      translate('trident.internal_resource.per_month', { count: row.maxPerMonth }),
    row.maxPerQuarter !== null &&
      translate('trident.internal_resource.per_quarter', { count: row.maxPerQuarter }),
  ].filter(Boolean);
  return <>{parts.length ? parts.join(' · ') : translate('trident.internal_resource.no_cap')}</>;
}

function ResourceList() {
  const { canAccess: canEdit } = useCanAccess({ resource: 'internalResources', action: 'edit' });
  return (
    <List perPage={50} exporter={false} filters={activeFilter}>
      <Datagrid rowClick={canEdit ? 'edit' : false} bulkActionButtons={false}>
        <TextField source="name" sortable={false} />
        <TextField source="title" sortable={false} emptyText="—" />
        <SelectField source="level" choices={levelChoices} sortable={false} />
        <TextField source="conditions" sortable={false} emptyText="—" />
        <FunctionField
          label="trident.internal_resource.cap"
          render={(row: ResourceRow) => <Cap row={row} />}
        />
        <FunctionField
          source="preparation"
          sortable={false}
          render={(row: ResourceRow) => (
            <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
              {checklistItems(row.preparation).map((item) => (
                <Chip key={item} size="small" variant="outlined" label={item} />
              ))}
            </Box>
          )}
        />
        <TextField
          source="user.name"
          label="resources.internalResources.fields.userId"
          sortable={false}
          emptyText="—"
        />
        <BooleanField source="active" sortable={false} />
      </Datagrid>
    </List>
  );
}

export const internalResources = {
  list: ResourceList,
  create: () => (
    <Create redirect="list">
      <SimpleForm>
        <ResourceInputs />
      </SimpleForm>
    </Create>
  ),
  edit: () => (
    <Edit mutationMode="pessimistic" redirect="list">
      <SimpleForm>
        <ResourceInputs />
      </SimpleForm>
    </Edit>
  ),
};
