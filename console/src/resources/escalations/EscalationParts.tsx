import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { Button, Chip } from '@mui/material';
import { SelectField, useCanAccess, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { escalationTriggerChoices } from '../../choices';
import type { EscalationFieldsFragment } from '../../gql/graphql';
import { escalationRecordLink } from './escalation-links';

type EscalationRow = EscalationFieldsFragment;

/** Who was told: the level's target and the person it reached. */
export function Target({ row }: { row: EscalationRow }) {
  const translate = useTranslate();
  return (
    <>
      {translate(`trident.escalation_targets.${row.target}`)}
      {row.targetUser ? ` · ${row.targetUser.name}` : ''}
    </>
  );
}

export function Status({ row }: { row: EscalationRow }) {
  const translate = useTranslate();
  const taken = row.status === 'OPEN' && row.acknowledgedAt;
  return (
    <Chip
      size="small"
      color={row.status === 'OPEN' ? (taken ? 'info' : 'warning') : 'success'}
      label={translate(
        taken ? 'trident.escalation.in_hand' : `trident.escalation_statuses.${row.status}`,
      )}
    />
  );
}

/**
 * Opens what the escalation is about (escalation-links.ts), labelled with its kind; only
 * where the person's role has that page.
 */
export function OpenRecord({ row }: { row: EscalationRow }) {
  const translate = useTranslate();
  const link = escalationRecordLink(row);
  const { canAccess = false } = useCanAccess({
    resource: link?.resource ?? 'escalations',
    action: link?.action ?? 'show',
  });
  const kind = translate(`trident.escalation_objects.${row.objectType}`);
  if (!link || !canAccess) return <>{kind}</>;
  return (
    <Button
      size="small"
      component={Link}
      to={link.to}
      onClick={(event) => event.stopPropagation()}
      endIcon={<OpenInNewIcon fontSize="small" />}
      sx={{ textTransform: 'none', whiteSpace: 'nowrap' }}
      data-testid="escalation-open-record"
    >
      {translate('trident.escalation.open', { kind })}
    </Button>
  );
}

/**
 * The rule that raised it: its name, as its admin wrote it (the demo's and most names already
 * say the trigger, "关系变冷 Relationship cooling": trigger · name read it twice); the trigger
 * where the rule has no name.
 */
export function Rule({ row }: { row: EscalationRow }) {
  if (row.rule?.name) return <>{row.rule.name}</>;
  return <SelectField source="rule.trigger" choices={escalationTriggerChoices} record={row} />;
}
