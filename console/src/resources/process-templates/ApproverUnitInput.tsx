import { ReferenceInput, useWrappedSource } from 'react-admin';
import { AutocompleteInput } from '../../inputs/AutocompleteInput';
import { useFormContext } from 'react-hook-form';

/**
 * The approving department. A department satisfies the required approver beside it, so
 * choosing one checks that field again (its error would otherwise stay until it changes).
 */
export function ApproverUnitInput({
  accountId,
  label,
  disabled,
}: {
  accountId: string | null | undefined;
  label?: string;
  disabled?: boolean;
}) {
  const contactSource = useWrappedSource('approverContactId');
  const { trigger } = useFormContext();
  return (
    <ReferenceInput source="approverOrgUnitId" reference="orgUnits" filter={{ accountId }}>
      <AutocompleteInput
        optionText="name"
        filterToQuery={(q: string) => ({ q })}
        label={label}
        disabled={disabled}
        onChange={() => void trigger(contactSource)}
      />
    </ReferenceInput>
  );
}
