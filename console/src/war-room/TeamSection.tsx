import { Avatar, Chip, List, ListItem, ListItemAvatar, ListItemText } from '@mui/material';
import { useTranslate } from 'react-admin';
import { WidgetCard } from '../dashboards/WidgetCard';
import type { TeamMember } from './war-room-logic';

const ROLE_ORDER = ['AR', 'SR', 'FR', 'FINANCE', 'SPONSOR'];
const ROLE_COLORS: Record<string, 'primary' | 'secondary' | 'success' | 'warning' | 'default'> = {
  AR: 'primary',
  SR: 'secondary',
  FR: 'success',
  FINANCE: 'warning',
};

const initials = (name: string) => {
  // Demo names read "张伟 Zhang Wei": the Chinese name's first character, else the initial.
  const first = name.trim().charAt(0);
  return first ? first.toUpperCase() : '?';
};

/** The iron triangle on this customer: AR, SR, FR, then finance and sponsors. */
export function TeamSection({
  team,
  isPending,
  error,
}: {
  team: TeamMember[] | undefined;
  isPending: boolean;
  error: unknown;
}) {
  const translate = useTranslate();
  const members = [...(team ?? [])].sort(
    (a, b) =>
      ROLE_ORDER.indexOf(a.teamRole) - ROLE_ORDER.indexOf(b.teamRole) ||
      a.user.name.localeCompare(b.user.name),
  );
  return (
    <WidgetCard
      title="trident.war_room.team"
      testId="war-room-team"
      isPending={isPending}
      error={error}
      empty={members.length === 0}
      emptyText="trident.empty.team"
    >
      <List dense disablePadding>
        {members.map((member) => (
          <ListItem
            key={member.id}
            disableGutters
            secondaryAction={
              <Chip
                size="small"
                color={ROLE_COLORS[member.teamRole] ?? 'default'}
                variant={member.teamRole === 'SPONSOR' ? 'outlined' : 'filled'}
                label={translate(`trident.team_roles.${member.teamRole}`)}
              />
            }
            sx={{ pr: 16 }}
          >
            <ListItemAvatar sx={{ minWidth: 44 }}>
              <Avatar sx={{ width: 32, height: 32, fontSize: 14 }}>
                {initials(member.user.name)}
              </Avatar>
            </ListItemAvatar>
            <ListItemText
              primary={
                member.user.status === 'DEPARTED'
                  ? `${member.user.name} (${translate('trident.statuses.DEPARTED')})`
                  : member.user.name
              }
              secondary={member.user.email}
              slotProps={{
                primary: { noWrap: true },
                secondary: { noWrap: true },
              }}
            />
          </ListItem>
        ))}
      </List>
    </WidgetCard>
  );
}
