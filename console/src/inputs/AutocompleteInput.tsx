import { useContext, useState } from 'react';
import {
  AutocompleteInput as RaAutocompleteInput,
  ChoicesContext,
  type AutocompleteInputProps,
  type RaRecord,
} from 'react-admin';

/**
 * react-admin's AutocompleteInput, showing the selected record as it is now. React-admin 5
 * keeps the selected choice while its id is unchanged (ra-ui-materialui's `useSelectedChoice`
 * compares ids only), so a record renamed in another tab or by a colleague kept its old name
 * in the box after the fresh record arrived. Here the box is drawn anew when the record it
 * shows changes under the same id; a new pick or typing does not redraw it (the focus stays).
 * eslint sends every use of react-admin's own AutocompleteInput here.
 */
export function AutocompleteInput<
  OptionType extends RaRecord = RaRecord,
  Multiple extends boolean | undefined = false,
  DisableClearable extends boolean | undefined = false,
  SupportCreate extends boolean | undefined = false,
>(props: AutocompleteInputProps<OptionType, Multiple, DisableClearable, SupportCreate>) {
  return (
    <RaAutocompleteInput<OptionType, Multiple, DisableClearable, SupportCreate>
      key={useSelectedRecordRevision()}
      {...props}
    />
  );
}

/** Counts the changes of the selected records' content while their ids stay the same. */
function useSelectedRecordRevision(): number {
  const selected = useContext(ChoicesContext)?.selectedChoices;
  const ids = JSON.stringify(selected?.map((record) => record?.id) ?? null);
  const content = JSON.stringify(selected ?? null);
  // State from the previous render, adjusted while rendering (React's documented pattern).
  const [seen, setSeen] = useState({ ids, content, revision: 0 });
  if (seen.ids === ids && seen.content === content) return seen.revision;
  const next = { ids, content, revision: seen.revision + (seen.ids === ids ? 1 : 0) };
  setSeen(next);
  return next.revision;
}
