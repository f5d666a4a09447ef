import { Edit } from 'react-admin';
import { SimpleForm } from '../../inputs/forms';
import { AccountInputs } from './AccountInputs';

// Pessimistic: a stale version comes back as CONFLICT, shown before leaving the form.
export function AccountEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm>
        <AccountInputs />
      </SimpleForm>
    </Edit>
  );
}
