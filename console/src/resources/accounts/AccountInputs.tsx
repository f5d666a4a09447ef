import { Box } from '@mui/material';
import {
  ArrayInput,
  SimpleFormIterator,
  maxLength,
  ReferenceInput,
  required,
  SelectInput,
  TextInput,
} from 'react-admin';
import { AutocompleteInput } from '../../inputs/AutocompleteInput';
import { currencyCode, registrationNo } from '../../inputs/validators';
import { NumberInput } from '../../inputs/forms';
import {
  lifecycleStageChoices,
  purchaseModeChoices,
  relationshipChoices,
  tierChoices,
} from '../../choices';

const nameRules = [required(), maxLength(200)];
const registrationRules = [registrationNo];

/** One set of inputs for claiming and editing an account. */
export function AccountInputs() {
  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', md: 'repeat(6, 1fr)' },
        columnGap: 2,
        width: '100%',
        maxWidth: 960,
      }}
    >
      <Box sx={{ gridColumn: { md: 'span 4' } }}>
        <TextInput source="name" validate={nameRules} fullWidth />
      </Box>
      <Box sx={{ gridColumn: { md: 'span 2' } }}>
        <TextInput source="registrationNo" validate={registrationRules} fullWidth />
      </Box>
      <Box sx={{ gridColumn: { md: 'span 2' } }}>
        <SelectInput source="tier" choices={tierChoices} validate={required()} fullWidth />
      </Box>
      <Box sx={{ gridColumn: { md: 'span 2' } }}>
        <TextInput source="industry" validate={maxLength(100)} fullWidth />
      </Box>
      <Box sx={{ gridColumn: { md: 'span 2' } }}>
        <TextInput source="region" validate={maxLength(100)} fullWidth />
      </Box>
      <Box sx={{ gridColumn: { md: 'span 4' } }}>
        <ReferenceInput source="parentId" reference="accounts">
          <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} fullWidth />
        </ReferenceInput>
      </Box>
      <Box sx={{ gridColumn: { md: 'span 2' } }}>
        <SelectInput source="relationshipLevel" choices={relationshipChoices} fullWidth />
      </Box>
      <Box sx={{ gridColumn: { md: 'span 2' } }}>
        <SelectInput source="purchaseMode" choices={purchaseModeChoices} fullWidth />
      </Box>
      <Box sx={{ gridColumn: { md: 'span 2' } }}>
        <SelectInput source="lifecycleStage" choices={lifecycleStageChoices} fullWidth />
      </Box>
      <Box sx={{ gridColumn: { md: 'span 1' } }}>
        <NumberInput source="potential.amount" min={0} fullWidth />
      </Box>
      <Box sx={{ gridColumn: { md: 'span 1' } }}>
        <TextInput
          source="potential.currency"
          defaultValue="CNY"
          validate={currencyCode}
          fullWidth
        />
      </Box>
      <Box sx={{ gridColumn: { md: 'span 6' } }}>
        <ArrayInput source="drivers">
          <SimpleFormIterator inline disableReordering>
            <TextInput source="factor" validate={[required(), maxLength(100)]} />
            <NumberInput source="quantity" min={0} validate={required()} />
            <TextInput source="unit" validate={maxLength(30)} />
          </SimpleFormIterator>
        </ArrayInput>
      </Box>
    </Box>
  );
}
