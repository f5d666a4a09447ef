import {
  ArrayInput,
  Create,
  ReferenceInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  required,
  maxValue,
  minValue,
} from 'react-admin';
import { DateInput } from '../../inputs/DateInput';
import { AutocompleteInput } from '../../inputs/AutocompleteInput';
import { NumberInput, SimpleForm } from '../../inputs/forms';
import { contractKindChoices } from '../../choices';

/**
 * A contract from a won deal (the API refuses others). Opened from the deal's page with
 * the deal filled in; the amount defaults to the deal's contract amount.
 */
export function ContractCreate() {
  return (
    <Create redirect="show">
      <SimpleForm>
        <ReferenceInput
          source="opportunityId"
          reference="opportunities"
          filter={{ awaitingContract: true }}
        >
          <AutocompleteInput optionText="name" validate={required()} />
        </ReferenceInput>
        <SelectInput source="kind" choices={contractKindChoices} />
        <TextInput source="title" fullWidth />
        <NumberInput source="amount" min={0} helperText="trident.contract.amount_hint" />
        <DateInput source="signedAt" validate={required()} />
        <NumberInput
          source="termMonths"
          min={1}
          max={120}
          step={1}
          validate={[minValue(1), maxValue(120)]}
          helperText="trident.contract.term_hint"
        />
        <TextInput source="terms" multiline fullWidth />
        <ArrayInput source="sites">
          <SimpleFormIterator inline disableReordering>
            <TextInput source="" label="trident.contract.site" />
          </SimpleFormIterator>
        </ArrayInput>
      </SimpleForm>
    </Create>
  );
}
