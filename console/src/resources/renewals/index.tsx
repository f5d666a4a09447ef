import { Create, Edit } from 'react-admin';
import { SimpleForm } from '../../inputs/forms';
import { RenewalInputs } from './RenewalInputs';
import { RenewalList } from './RenewalList';
import { RenewalShow } from './RenewalShow';

export const renewals = {
  list: RenewalList,
  show: RenewalShow,
  create: () => (
    <Create redirect="show">
      <SimpleForm>
        <RenewalInputs creating />
      </SimpleForm>
    </Create>
  ),
  // Pessimistic: a stale version comes back as CONFLICT, shown before leaving the form.
  edit: () => (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm>
        <RenewalInputs />
      </SimpleForm>
    </Edit>
  ),
};
