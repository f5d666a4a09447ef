import { Box } from '@mui/material';
import {
  BooleanField,
  BooleanInput,
  Create,
  Datagrid,
  Edit,
  List,
  maxLength,
  NumberField,
  required,
  TextField,
  TextInput,
} from 'react-admin';
import { NumberInput, SimpleForm } from '../../inputs/forms';
import { stageCode } from '../../inputs/validators';

const grid = {
  display: 'grid',
  gridTemplateColumns: { xs: '1fr', md: 'repeat(3, 1fr)' },
  columnGap: 2,
  width: '100%',
  maxWidth: 900,
};

const codeRules = [required(), maxLength(40), stageCode];
const nameRules = [required(), maxLength(100)];

/** Create and edit share these; the code is the key deals and reports use, fixed once created. */
function ProductLineInputs({ creating = false }: { creating?: boolean }) {
  return (
    <Box sx={grid}>
      <TextInput
        source="code"
        validate={codeRules}
        readOnly={!creating}
        helperText="trident.product_line.code_help"
      />
      <TextInput source="nameZh" validate={nameRules} helperText="trident.product_line.name_help" />
      <TextInput source="nameEn" validate={nameRules} />
      <NumberInput source="position" min={0} validate={required()} />
      <BooleanInput source="active" defaultValue helperText="trident.product_line.active_help" />
    </Box>
  );
}

function ProductLineList() {
  return (
    // A handful of lines, in the order of the whitespace grid's rows.
    <List perPage={100} pagination={false} exporter={false}>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <NumberField source="position" sortable={false} />
        <TextField source="code" sortable={false} />
        <TextField source="nameZh" sortable={false} />
        <TextField source="nameEn" sortable={false} />
        <BooleanField source="active" sortable={false} />
      </Datagrid>
    </List>
  );
}

export const productLines = {
  list: ProductLineList,
  create: () => (
    <Create redirect="list">
      <SimpleForm>
        <ProductLineInputs creating />
      </SimpleForm>
    </Create>
  ),
  edit: () => (
    <Edit mutationMode="pessimistic" redirect="list">
      <SimpleForm>
        <ProductLineInputs />
      </SimpleForm>
    </Edit>
  ),
};
