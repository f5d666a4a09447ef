import MilitaryTechIcon from '@mui/icons-material/MilitaryTech';
import { Button, IconButton, Tooltip } from '@mui/material';
import { Link } from 'react-router-dom';
import { useRecordContext, useTranslate } from 'react-admin';

/** Opens the account's war room: on the show page a button, in a list row an icon. */
export function WarRoomButton({ compact = false }: { compact?: boolean }) {
  const record = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  if (!record) return null;
  const to = `/accounts/${record.id}/war-room`;
  const label = translate('trident.war_room.open');
  if (compact)
    return (
      <Tooltip title={label}>
        <IconButton
          component={Link}
          to={to}
          size="small"
          aria-label={label}
          data-testid="war-room-link"
          // The row opens the account page on click; this link goes to the war room.
          onClick={(event: React.MouseEvent) => event.stopPropagation()}
        >
          <MilitaryTechIcon fontSize="small" />
        </IconButton>
      </Tooltip>
    );
  return (
    <Button
      component={Link}
      to={to}
      startIcon={<MilitaryTechIcon />}
      size="small"
      data-testid="war-room-link"
    >
      {label}
    </Button>
  );
}
