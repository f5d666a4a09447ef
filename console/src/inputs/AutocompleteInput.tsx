import { useContext, useState } from 'react';
import {
  AutocompleteArrayInput as RaAutocompleteArrayInput,
  AutocompleteInput as RaAutocompleteInput,
  ChoicesContext,
  type AutocompleteArrayInputProps,
  type AutocompleteInputProps,
  type RaRecord,
  useTranslate,
} from 'react-admin';
import { moreChoices } from './more-choices';
import { changedUnderSameIds, shownRecords } from './selected-record';

/**
 * react-admin's AutocompleteInput, showing the selected record as it is now. React-admin 5
 * keeps the selected choice while its id is unchanged (ra-ui-materialui's `useSelectedChoice`
 * compares ids only), so a record renamed in another tab or by a colleague kept its old name
 * in the box after the fresh record arrived. Here the box is drawn anew when the record it
 * shows changes under the same id; a new pick or typing does not redraw it (the focus stays).
 * The record shown comes from the list of choices or from the reference's own read, whichever
 * holds it (`shownRecords`), and the two refetches may land in either order, so both count.
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
      key={useShownRecordRevision()}
      {...props}
      helperText={useMoreChoicesHint(props.helperText, props.disabled || props.readOnly)}
    />
  );
}

/** The same for a box holding several records (a visit's participants, a task's blockers). */
export function AutocompleteArrayInput<
  OptionType extends RaRecord = RaRecord,
  DisableClearable extends boolean | undefined = boolean | undefined,
  SupportCreate extends boolean | undefined = false,
>(props: AutocompleteArrayInputProps<OptionType, DisableClearable, SupportCreate>) {
  return (
    <RaAutocompleteArrayInput<OptionType, DisableClearable, SupportCreate>
      key={useShownRecordRevision()}
      {...props}
      helperText={useMoreChoicesHint(props.helperText, props.disabled || props.readOnly)}
    />
  );
}

/**
 * A reference read a page at a time offers its first page before anything is typed: with more
 * behind it, the box says how many there are and that typing finds the others (a customer of
 * 2,000 accounts, a department of 85). The input's own help, when it has one, comes first; a
 * box that cannot be typed into yet (a deal before its customer is chosen) says nothing of it.
 */
function useMoreChoicesHint(helperText: AutocompleteInputProps['helperText'], locked?: boolean) {
  const choices = useContext(ChoicesContext);
  const translate = useTranslate();
  const more = locked ? null : moreChoices(helperText, choices ?? undefined);
  return more ? translate('trident.validation.more_choices', more) : helperText;
}

/** Counts the changes of the shown records' content while their ids stay the same. */
function useShownRecordRevision(): number {
  const choices = useContext(ChoicesContext);
  const shown = shownRecords(choices?.selectedChoices, choices?.allChoices);
  const text = JSON.stringify(shown);
  // State from the previous render, adjusted while rendering (React's documented pattern).
  const [seen, setSeen] = useState({ shown, text, revision: 0 });
  if (seen.text === text) return seen.revision;
  const next = {
    shown,
    text,
    revision: seen.revision + (changedUnderSameIds(seen.shown, shown) ? 1 : 0),
  };
  setSeen(next);
  return next.revision;
}
