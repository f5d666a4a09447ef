import {
  DeleteButton,
  Form as RaForm,
  maxValue,
  minValue,
  NumberInput as RaNumberInput,
  SaveButton,
  SimpleForm as RaSimpleForm,
  Toolbar,
  type FormProps,
  type NumberInputProps,
  type SimpleFormProps,
  type Validator,
} from 'react-admin';

/*
 * The console's forms validate in the app's language, next to the field. The browser's own
 * checks (its bubbles, in the browser's language, e.g. for a number's max or an e-mail) are
 * switched off on every form, and a number's bounds become validators. eslint forbids
 * react-admin's own SimpleForm, Form and NumberInput elsewhere.
 */

/**
 * Save is always enabled: a pristine form that cannot be submitted never says what it misses;
 * submitted, it marks each required field in the app's language.
 */
const FormToolbar = () => (
  <Toolbar sx={{ justifyContent: 'space-between' }}>
    <SaveButton alwaysEnable />
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
