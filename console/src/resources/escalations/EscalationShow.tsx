import { Stack, Typography } from '@mui/material';
import {
  FunctionField,
  NumberField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { DateField } from '../../formats/DateField';
import { formatDateTime } from '../../formats/dates';
import type { EscalationFieldsFragment } from '../../gql/graphql';
import { EscalationActions } from './EscalationActions';
import { OpenRecord, Rule, Status, Target } from './EscalationParts';

type EscalationRow = EscalationFieldsFragment;

function Actions() {
  return (
    <TopToolbar>
      <EscalationActions />
    </TopToolbar>
  );
}

/** Who took it in hand, who closed it and why: the escalation's own history. */
function Handling() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const row = useRecordContext<EscalationRow>();
  if (!row) return null;
  const at = (time: string) => formatDateTime(time, locale);
  return (
    <Stack spacing={1}>
      <Typography variant="subtitle2">{translate('trident.escalation.handling')}</Typography>
      <Typography variant="body2" data-testid="escalation-acknowledged">
        {row.acknowledgedAt
          ? translate('trident.escalation.acknowledged_by', {
              name: row.acknowledgedBy?.name ?? '—',
              at: at(row.acknowledgedAt),
            })
          : translate('trident.escalation.not_acknowledged')}
      </Typography>
      {row.resolvedAt && (
        <Typography variant="body2" data-testid="escalation-resolved">
          {row.resolvedBy
            ? translate('trident.escalation.resolved_by', {
                name: row.resolvedBy.name,
                at: at(row.resolvedAt),
              })
            : translate('trident.escalation.resolved_itself', {
                at: at(row.resolvedAt),
              })}
        </Typography>
      )}
      {row.resolutionNote && (
        <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
          {row.resolutionNote}
        </Typography>
      )}
      {row.status === 'OPEN' && !row.rule?.manualResolve && (
        <Typography variant="caption" sx={{ color: 'text.secondary' }}>
          {translate('trident.escalation.resolves_itself_help')}
        </Typography>
      )}
    </Stack>
  );
}

/** The page's title: what the escalation says, not its id. */
function EscalationTitle() {
  const translate = useTranslate();
  const row = useRecordContext<EscalationRow>();
  return (
    <>
      {translate('resources.escalations.name', { smart_count: 1 })}
      {row ? ` · ${row.summary}` : ''}
    </>
  );
}

/** One escalation: what it is about (opened in one click), who it reached, how it is handled. */
export function EscalationShow() {
  return (
    <Show actions={<Actions />} title={<EscalationTitle />}>
      <SimpleShowLayout>
        <TextField source="summary" />
        <FunctionField source="status" render={(row: EscalationRow) => <Status row={row} />} />
        <FunctionField
          source="objectType"
          render={(row: EscalationRow) => <OpenRecord row={row} />}
        />
        <FunctionField source="rule" render={(row: EscalationRow) => <Rule row={row} />} />
        <NumberField source="level" />
        <FunctionField source="target" render={(row: EscalationRow) => <Target row={row} />} />
        <FunctionField
          source="accountId"
          render={(row: EscalationRow) =>
            row.account ? (
              <Link to={`/accounts/${row.account.id}/show`}>{row.account.name}</Link>
            ) : (
              '—'
            )
          }
        />
        <DateField source="createdAt" showTime />
        <Handling />
      </SimpleShowLayout>
    </Show>
  );
}
