import type { RaRecord } from 'react-admin';

/**
 * The selected records as react-admin's AutocompleteInput draws them: it looks the value's ids
 * up in all the choices (the list of possible values, to which the reference's own record is
 * added only when the list lacks it), so the label may come from either read.
 */
export function shownRecords(
  selected: readonly RaRecord[] | undefined,
  choices: readonly RaRecord[] | undefined,
): RaRecord[] {
  return (selected ?? []).map(
    (record) => choices?.find((choice) => String(choice.id) === String(record.id)) ?? record,
  );
}

/**
 * Whether the same records (same ids, same order) now carry another value in a field both
 * versions have. Fields present in only one version are ignored: the list of choices and the
 * reference's own read may select different fields, and a record moving between them while
 * someone types must not count as a change.
 */
export function changedUnderSameIds(
  before: readonly RaRecord[],
  after: readonly RaRecord[],
): boolean {
  if (before.length !== after.length) return false;
  if (before.some((record, i) => String(record.id) !== String(after[i]!.id))) return false;
  return before.some((record, i) => {
    const next = after[i]!;
    return Object.keys(record).some(
      (key) =>
        key !== 'id' && key in next && JSON.stringify(record[key]) !== JSON.stringify(next[key]),
    );
  });
}
