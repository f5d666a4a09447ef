import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { Button, Chip } from '@mui/material';
import { useCanAccess, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
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
