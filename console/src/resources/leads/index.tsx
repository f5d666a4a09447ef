import { Create, Edit } from 'react-admin';
import { SimpleForm } from '../../inputs/forms';
import { LeadInputs } from './LeadInputs';
import { LeadList } from './LeadList';
import { LeadShow } from './LeadShow';

export const leads = {
  list: LeadList,
  show: LeadShow,
  create: () => (
    <Create redirect="show">
      <SimpleForm>
        <LeadInputs creating />
      </SimpleForm>
    </Create>
  ),
  edit: () => (
    // Pessimistic: a stale version (CONFLICT) or a BANT note the API asks for shows here.
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm>
        <LeadInputs />
      </SimpleForm>
    </Edit>
  ),
};
