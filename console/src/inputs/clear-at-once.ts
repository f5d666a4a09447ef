import type { ChangeEvent, KeyboardEvent } from 'react';
import { useWrappedSource } from 'react-admin';
import { useFormContext } from 'react-hook-form';

/**
 * react-admin's date inputs take an emptied field only when it loses focus (a half-typed date
 * also reads as empty), so a list filter cleared with the keyboard kept filtering until the
 * user clicked elsewhere. A field the browser reports empty and not half-typed
 * (`validity.badInput` false) is cleared at once. Key presses are watched too: once a field
 * reads empty, emptying its last part changes no value, so React reports no change.
 */
export function useClearAtOnce(
  source: string,
  onChange?: (event: ChangeEvent<HTMLInputElement>) => void,
) {
  const form = useFormContext();
  // Inside an array input the field's name is the whole path ("milestones.2.due").
  const name = useWrappedSource(source);
  const clearIfEmpty = (input: EventTarget | null) => {
    if (!(input instanceof HTMLInputElement)) return;
    if (input.value === '' && !input.validity.badInput && form.getValues(name) != null)
      form.setValue(name, null, { shouldDirty: true });
  };
  return {
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      onChange?.(event);
      clearIfEmpty(event.target);
    },
    onKeyUp: (event: KeyboardEvent<HTMLElement>) => clearIfEmpty(event.target),
  };
}
