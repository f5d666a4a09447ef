import { ReferenceInput, required } from 'react-admin';
import { AutocompleteInput } from '../inputs/AutocompleteInput';

const byName = (q: string) => ({ q });

/** Picks an account by typing part of its name: in filters and in forms. */
export function AccountInput({
  source = 'accountId',
  isRequired = false,
  alwaysOn,
}: {
  source?: string;
  isRequired?: boolean;
  alwaysOn?: boolean;
}) {
  return (
    <ReferenceInput source={source} reference="accounts" alwaysOn={alwaysOn}>
      <AutocompleteInput
        optionText="name"
        filterToQuery={byName}
        validate={isRequired ? required() : undefined}
      />
    </ReferenceInput>
  );
}
