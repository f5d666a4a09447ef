import Diversity3Icon from '@mui/icons-material/Diversity3';
import { Box, Button, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { AccountFieldsFragment } from '../gql/graphql';
import { WhitespaceGrid } from './WhitespaceGrid';

/** What tells a group: the account page's record (AccountFields) has all of it. */
type GroupRecord = Pick<AccountFieldsFragment, 'id'> &
  Partial<Pick<AccountFieldsFragment, 'tier' | 'children'>>;

/** A group or a province, or any account with accounts below it, has a group war room. */
export const isGroupAccount = (record: GroupRecord | undefined | null) =>
  !!record &&
  (record.tier === 'GROUP' || record.tier === 'PROVINCE' || (record.children?.length ?? 0) > 0);

export const groupWarRoomPath = (accountId: string) => `/accounts/${accountId}/group`;

/** Opens the group war room (roll-up and whitespace of the whole group) from an account. */
export function GroupWarRoomButton() {
  const record = useRecordContext<GroupRecord>();
  const translate = useTranslate();
  if (!record || !isGroupAccount(record)) return null;
  return (
    <Button
      component={Link}
      to={groupWarRoomPath(record.id)}
      startIcon={<Diversity3Icon />}
      size="small"
      data-testid="group-war-room-link"
    >
      {translate('trident.growth.group.open')}
    </Button>
  );
}

/** The account page's whitespace tab: the grid of the account and the accounts below it. */
export function AccountWhitespaceTab() {
  const record = useRecordContext<GroupRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box data-testid="account-whitespace" sx={{ minWidth: 0 }}>
      <Typography variant="body2" sx={{ color: 'text.secondary', mb: 1.5 }}>
        {translate('trident.growth.whitespace.intro')}
      </Typography>
      <WhitespaceGrid accountId={String(record.id)} />
    </Box>
  );
}
