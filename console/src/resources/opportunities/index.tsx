import { Create, Edit } from 'react-admin';
import { SimpleForm } from '../../inputs/forms';
import { OpportunityInputs } from './OpportunityInputs';
import { OpportunityList } from './OpportunityList';
import { OpportunityShow } from './OpportunityShow';

export const opportunities = {
  list: OpportunityList,
  show: OpportunityShow,
  create: () => (
    <Create redirect="show">
      <SimpleForm>
        <OpportunityInputs creating />
      </SimpleForm>
    </Create>
  ),
  edit: () => (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm>
        <OpportunityInputs />
      </SimpleForm>
    </Edit>
  ),
};
