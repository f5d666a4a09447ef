import { auditActionText, auditActorKindText, auditEntityText } from '../../i18n/audit-action';
import { Box, Typography } from '@mui/material';
import {
  Datagrid,
  FunctionField,
  List,
  ReferenceInput,
  TextField,
  TextInput,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { AutocompleteInput } from '../../inputs/AutocompleteInput';
import { DateField } from '../../formats/DateField';
import { DateTimeInput } from '../../inputs/DateTimeInput';

const filters = [
  <DateTimeInput key="from" source="from" alwaysOn />,
  <DateTimeInput key="to" source="to" alwaysOn />,
  <TextInput key="entity" source="entity" alwaysOn />,
  <TextInput key="action" source="action" />,
  <ReferenceInput key="actorId" source="actorId" reference="users">
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
];

/** What one change did: the record before and after, as stored. */
function BeforeAfter() {
  const record = useRecordContext<{ before: unknown; after: unknown }>();
  const translate = useTranslate();
  if (!record) return null;
  const block = (label: string, value: unknown) => (
    <Box sx={{ flex: 1, minWidth: 0 }}>
      <Typography variant="subtitle2">{translate(label)}</Typography>
      <Box
        component="pre"
        sx={{ m: 0, p: 1, bgcolor: 'grey.100', overflow: 'auto', maxHeight: 320, fontSize: 12 }}
      >
        {value === null || value === undefined ? '—' : JSON.stringify(value, null, 2)}
      </Box>
    </Box>
  );
  return (
    <Box sx={{ display: 'flex', flexDirection: { xs: 'column', md: 'row' }, gap: 2 }}>
      {block('trident.audit.before', record.before)}
      {block('trident.audit.after', record.after)}
    </Box>
  );
}

interface AuditRow {
  action: string;
  entity: string;
  actorKind: string;
}

/** The audit trail (ADMIN): every mutation with its actor, newest first; expand for the change. */
function AuditEventList() {
  const translate = useTranslate();
  return (
    <List filters={filters} perPage={50} exporter={false}>
      <Datagrid bulkActionButtons={false} rowClick="expand" expand={<BeforeAfter />}>
        <DateField source="at" showTime sortable={false} />
        <FunctionField<AuditRow>
          source="action"
          sortable={false}
          render={(row) => auditActionText(row.action, translate)}
        />
        <FunctionField<AuditRow>
          source="entity"
          sortable={false}
          render={(row) => auditEntityText(row.entity, translate)}
        />
        <TextField source="entityId" sortable={false} />
        <TextField source="actor.name" sortable={false} emptyText="—" />
        <FunctionField<AuditRow>
          source="actorKind"
          sortable={false}
          render={(row) => auditActorKindText(row.actorKind, translate)}
        />
      </Datagrid>
    </List>
  );
}

export const auditEvents = { list: AuditEventList };
