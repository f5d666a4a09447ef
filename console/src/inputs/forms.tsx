import {
  DeleteButton,
  Form as RaForm,
  maxValue,
  minValue,
  NumberInput as RaNumberInput,
  SaveButton as RaSaveButton,
  SimpleForm as RaSimpleForm,
  Toolbar,
  useSaveContext,
  type FormProps,
  type NumberInputProps,
  type SaveButtonProps,
  type SimpleFormProps,
  type Validator,
} from 'react-admin';
import { useFormState } from 'react-hook-form';

/*
 * The console's forms validate in the app's language, next to the field. The browser's own
 * checks (its bubbles, in the browser's language, e.g. for a number's max or an e-mail) are
 * switched off on every form, and a number's bounds become validators. eslint forbids
 * react-admin's own SimpleForm, Form and NumberInput elsewhere.
 */

/**
 * Save is enabled on a pristine form (one that cannot be submitted would never say what it
 * misses; submitted, it marks each required field in the app's language), but not while a save
 * is on its way: react-admin's `alwaysEnable` kept it enabled then too, and a double click
 * created the record twice. Disabled, the button also stops Enter from submitting again.
 */
export function SaveButton({ disabled, ...props }: Omit<SaveButtonProps, 'alwaysEnable'>) {
  const { isSubmitting } = useFormState();
  const { saving } = useSaveContext();
  const busy = isSubmitting || !!saving;
  return <RaSaveButton alwaysEnable={!busy && !disabled} disabled={busy || disabled} {...props} />;
}

const FormToolbar = () => (
  <Toolbar sx={{ justifyContent: 'space-between' }}>
    <SaveButton />
    <DeleteButton />
  </Toolbar>
);

export function SimpleForm(props: SimpleFormProps) {
  return <RaSimpleForm noValidate toolbar={<FormToolbar />} {...props} />;
}

export function Form(props: FormProps) {
  return <RaForm noValidate {...props} />;
}

const asList = (validate: NumberInputProps['validate']): Validator[] =>
  validate === undefined ? [] : Array.isArray(validate) ? validate : [validate];

/** min and max still bound the spinner, and are checked by react-admin, with its message. */
export function NumberInput({ validate, min, max, ...props }: NumberInputProps) {
  const bounds = [
    ...(typeof min === 'number' ? [minValue(min)] : []),
    ...(typeof max === 'number' ? [maxValue(max)] : []),
  ];
  return (
    <RaNumberInput min={min} max={max} validate={[...asList(validate), ...bounds]} {...props} />
  );
}
