import { Create, Edit } from 'react-admin';
import { SimpleForm } from '../../inputs/forms';
import { withBlockedByIds } from './task-actions';
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
    // The form edits the blockers as ids (blockedByIds), the task reads them as records.
    <Edit mutationMode="pessimistic" redirect="show" queryOptions={{ select: withBlockedByIds }}>
      <SimpleForm>
        <TaskInputs />
      </SimpleForm>
    </Edit>
  ),
};
