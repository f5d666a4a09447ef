import { Create, Edit } from 'react-admin';
import { SimpleForm } from '../../inputs/forms';
import { TaskInputs } from './TaskInputs';
import { TaskList } from './TaskList';
import { TaskShow } from './TaskShow';

export const tasks = {
  list: TaskList,
  show: TaskShow,
  create: () => (
    <Create redirect="show">
      <SimpleForm>
        <TaskInputs creating />
      </SimpleForm>
    </Create>
  ),
  edit: () => (
    // Pessimistic: a stale version (CONFLICT) or a refused field shows on the form.
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm>
        <TaskInputs />
      </SimpleForm>
    </Edit>
  ),
};
