import { Box, Card, CardContent, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import {
  EditButton,
  Labeled,
  NumberField,
  ReferenceField,
  SelectField,
  Show,
  TextField,
  TopToolbar,
  useCanAccess,
  useGetIdentity,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateField } from '../../formats/DateField';
import { Attachments } from '../../attachments/Attachments';
import { useTaskFileRights } from '../../attachments/use-file-rights';
import { playbookChoices, taskKindChoices } from '../../choices';
import type { TaskFieldsFragment as TaskRecord } from '../../gql/graphql';
import { isEditable } from './task-actions';
import { TaskActions } from './TaskActions';
import { TaskStatusChip } from './TaskStatusChip';
import { StuckNotice, TaskDependencies } from './TaskTableParts';

function Panel({ title, children }: { title: string; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {translate(title)}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

const TEXTS = [
  'content',
  'qualityRequirement',
  'expectedResult',
  'resourcesNeeded',
  'submissionNote',
  'reviewNotes',
] as const;

function TaskTexts() {
  const record = useRecordContext<TaskRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Panel title="trident.task.what">
      {TEXTS.map((key) => (
        <Box key={key} sx={{ mb: 1.5 }}>
          <Typography variant="caption" sx={{ color: 'text.secondary' }}>
            {translate(`resources.tasks.fields.${key}`)}
          </Typography>
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
            {record[key] || '—'}
          </Typography>
        </Box>
      ))}
    </Panel>
  );
}

function TaskSummary() {
  const record = useRecordContext<TaskRecord>();
  if (!record) return null;
  return (
    <Panel title="trident.details">
      <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 1 }}>
        <Labeled source="account.name" label="resources.tasks.fields.accountId">
          <TextField source="account.name" />
        </Labeled>
        <Labeled source="opportunityId">
          <ReferenceField
            source="opportunityId"
            reference="opportunities"
            link="show"
            emptyText="—"
          />
        </Labeled>
        <Labeled source="kind">
          <SelectField source="kind" choices={taskKindChoices} />
        </Labeled>
        <Labeled source="planId">
          <ReferenceField source="planId" reference="workPlans" link="show" emptyText="—" />
        </Labeled>
        <Labeled source="assignee.name" label="resources.tasks.fields.assigneeId">
          <TextField source="assignee.name" emptyText="—" />
        </Labeled>
        <Labeled source="requester.name" label="resources.tasks.fields.requesterId">
          <TextField source="requester.name" />
        </Labeled>
        <Labeled source="due">
          <DateField source="due" showTime />
        </Labeled>
        <Labeled source="acknowledgedAt">
          <DateField source="acknowledgedAt" showTime emptyText="—" />
        </Labeled>
        <Labeled source="submittedAt">
          <DateField source="submittedAt" showTime emptyText="—" />
        </Labeled>
        <Labeled source="doneAt">
          <DateField source="doneAt" showTime emptyText="—" />
        </Labeled>
        <Labeled source="reviewScore">
          <NumberField source="reviewScore" emptyText="—" />
        </Labeled>
        {record.playbook && (
          <Labeled source="playbook">
            <SelectField source="playbook" choices={playbookChoices} />
          </Labeled>
        )}
      </Box>
      <Box sx={{ mt: 1 }}>
        <TaskDependencies />
      </Box>
    </Panel>
  );
}

/** What the assignee hands in (and what the requester hands over for the work). */
function TaskFiles() {
  const record = useRecordContext<TaskRecord>();
  const rights = useTaskFileRights(record);
  if (!record) return null;
  return (
    <Panel title="trident.attachments.deliverables">
      <Attachments
        ownerType="TASK"
        ownerId={record.id}
        files={record.attachments}
        rights={rights}
      />
    </Panel>
  );
}

function TaskHeader() {
  const record = useRecordContext<TaskRecord>();
  if (!record) return null;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 2, flexWrap: 'wrap' }}>
      <Typography variant="h5">{record.title}</Typography>
      <TaskStatusChip />
    </Box>
  );
}

function ShowActions() {
  const record = useRecordContext<TaskRecord>();
  const { data: identity } = useGetIdentity();
  // The API lets the requester edit, or a manager or an admin (the same rights as reviewing
  // anyone's task): the assignee is not offered a button that would be refused.
  const { canAccess: anyTask = false } = useCanAccess({ resource: 'tasks', action: 'review_any' });
  const mine = !!identity?.id && record?.requesterId === String(identity.id);
  return (
    <TopToolbar sx={{ alignItems: 'center' }}>
      <TaskActions />
      {record && isEditable(record.status) && !record.playbook && (mine || anyTask) && (
        <EditButton />
      )}
    </TopToolbar>
  );
}

export function TaskShow() {
  return (
    <Show actions={<ShowActions />}>
      <Box sx={{ p: 2 }}>
        <TaskHeader />
        <StuckNotice />
        <Box
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' },
            gap: 2,
          }}
        >
          <TaskSummary />
          <TaskTexts />
          <TaskFiles />
        </Box>
      </Box>
    </Show>
  );
}
