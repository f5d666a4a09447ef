import {
  email,
  maxLength,
  minLength,
  PasswordInput,
  ReferenceInput,
  required,
  SelectArrayInput,
  SelectInput,
  TextInput,
} from 'react-admin';
import { AutocompleteInput } from '../../inputs/AutocompleteInput';
import { roleChoices, statusChoices } from '../../choices';

/** Create and edit share these; email and password only when creating. */
export function UserInputs({ creating = false }: { creating?: boolean }) {
  return (
    <>
      <TextInput source="name" validate={[required(), maxLength(100)]} fullWidth />
      {creating && (
        <TextInput source="email" type="email" validate={[required(), email()]} fullWidth />
      )}
      {creating && (
        <PasswordInput source="password" validate={[required(), minLength(10)]} fullWidth />
      )}
      <SelectArrayInput source="roles" choices={roleChoices} validate={required()} fullWidth />
      <ReferenceInput source="managerId" reference="users">
        <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} fullWidth />
      </ReferenceInput>
      {!creating && <SelectInput source="status" choices={statusChoices} validate={required()} />}
    </>
  );
}
