import { auditActionText, auditActorKindText, auditEntityText } from '../../i18n/audit-action';
import { Box, Typography } from '@mui/material';
import {
  Datagrid,
  FunctionField,
  List,
  ReferenceInput,
  TextField,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { AutocompleteInput } from '../../inputs/AutocompleteInput';
import { DateField } from '../../formats/DateField';
import { DateTimeInput } from '../../inputs/DateTimeInput';
import { Link } from 'react-router-dom';
import { auditRecordLabel, auditRecordPath } from './audit-record';
import { auditActionsEn } from '../../i18n/audit-actions.en';
import { notBefore } from '../../inputs/validators';
import { en } from '../../i18n/en';

const filters = [
  <DateTimeInput key="from" source="from" alwaysOn />,
  <DateTimeInput key="to" source="to" alwaysOn validate={notBefore('from')} />,
  // Picked by their names in the UI's language; the API filters by the codes behind them.
  <AutocompleteInput
    key="entity"
    source="entity"
    alwaysOn
    choices={Object.keys(en.trident.audit.entities).map((id) => ({
      id,
      name: `trident.audit.entities.${id}`,
    }))}
  />,
  <AutocompleteInput
    key="action"
    source="action"
    choices={Object.keys(auditActionsEn).map((key) => ({
      id: key.replaceAll('__', '.'),
      name: `trident.audit_actions.${key}`,
    }))}
  />,
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

interface AuditRecordRow {
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  actor?: { id: string; name: string } | null;
}

/** The record by its name, a link to its page where it has one; the full id on hover. */
function AuditRecord({ row }: { row: AuditRecordRow }) {
  const [locale] = useLocaleState();
  const label = auditRecordLabel(row.entityId, row.before, row.after, row.actor, locale);
  const path = auditRecordPath(row.entity, row.entityId);
  return path ? (
    <Link to={path} title={row.entityId} onClick={(event) => event.stopPropagation()}>
      {label}
    </Link>
  ) : (
    <span title={row.entityId}>{label}</span>
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
        <FunctionField<AuditRecordRow>
          source="entityId"
          sortable={false}
          render={(row) => <AuditRecord row={row} />}
        />
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
