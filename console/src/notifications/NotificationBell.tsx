import { formatDateTime } from '../formats/dates';
import { errorText } from '../providers/api-error';
import NotificationsIcon from '@mui/icons-material/Notifications';
import {
  Badge,
  Box,
  Button,
  Divider,
  IconButton,
  List,
  ListItemButton,
  ListItemText,
  Popover,
  Tooltip,
  Typography,
} from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useCanAccess, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import type { NotificationFieldsFragment as NotificationRecord } from '../gql/graphql';
import { MARK_NOTIFICATIONS_READ, NOTIFICATIONS } from './notifications.graphql';
import { useApi } from '../providers/api';
import { notificationLink } from './notification-links';
import { languageOf } from './notification-language';
import { useLiveStatus, useUnreadCount } from './useLiveNotifications';

const SHOWN = 20;

/** The unread counter in the app bar, and the latest notifications with mark-as-read. */
export function NotificationBell() {
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const [locale] = useLocaleState();
  const api = useApi();
  const queryClient = useQueryClient();
  const { canAccess = false } = useCanAccess({ resource: 'notifications', action: 'read' });
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const { data: unread = 0 } = useUnreadCount();
  const live = useLiveStatus();
  const recent = useQuery({
    queryKey: ['notifications', 'recent', locale],
    queryFn: () =>
      api.query(NOTIFICATIONS, { first: SHOWN, unreadOnly: false, language: languageOf(locale) }),
    enabled: canAccess && !!anchor,
  });
  const { mutate: markRead } = useMutation({
    mutationFn: (ids?: string[]) => api.mutate(MARK_NOTIFICATIONS_READ, { ids: ids ?? null }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['notifications'] }),
    onError: (error: Error) => notify(errorText(error), { type: 'error' }),
  });
  if (!canAccess) return null;

  const open = (notification: NotificationRecord) => {
    if (!notification.readAt) markRead([notification.id]);
    setAnchor(null);
    navigate(notificationLink(notification));
  };
  const nodes = recent.data?.notifications.nodes ?? [];
  const when = (at: string) => formatDateTime(at, locale);

  return (
    <>
      <Tooltip
        title={translate(live ? 'trident.notifications.title' : 'trident.notifications.offline')}
      >
        <IconButton
          color="inherit"
          onClick={(event) => setAnchor(event.currentTarget)}
          aria-label={translate('trident.notifications.unread', { smart_count: unread })}
          data-testid="notification-bell"
          data-live={live}
          sx={live ? undefined : { opacity: 0.7 }}
        >
          <Badge
            badgeContent={unread}
            color="error"
            max={99}
            data-testid="notification-badge"
            data-count={unread}
          >
            <NotificationsIcon />
          </Badge>
        </IconButton>
      </Tooltip>
      <Popover
        open={!!anchor}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      >
        <Box sx={{ width: 380, maxHeight: 480, display: 'flex', flexDirection: 'column' }}>
          <Box
            sx={{
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'space-between',
              px: 2,
              py: 1,
            }}
          >
            <Typography variant="subtitle1">{translate('trident.notifications.title')}</Typography>
            <Button size="small" disabled={unread === 0} onClick={() => markRead(undefined)}>
              {translate('trident.notifications.mark_all')}
            </Button>
          </Box>
          <Divider />
          {recent.isPending ? (
            <Typography variant="body2" sx={{ p: 2, color: 'text.secondary' }}>
              {translate('ra.page.loading')}
            </Typography>
          ) : recent.error ? (
            <Typography variant="body2" sx={{ p: 2 }} color="error">
              {errorText(recent.error)}
            </Typography>
          ) : nodes.length === 0 ? (
            <Typography variant="body2" sx={{ p: 2, color: 'text.secondary' }}>
              {translate('trident.notifications.none')}
            </Typography>
          ) : (
            <List dense disablePadding sx={{ overflowY: 'auto' }}>
              {nodes.map((n) => (
                <ListItemButton
                  key={n.id}
                  onClick={() => open(n)}
                  sx={{ alignItems: 'flex-start', bgcolor: n.readAt ? undefined : 'action.hover' }}
                >
                  <ListItemText
                    primary={n.title}
                    slotProps={{
                      primary: { sx: { fontWeight: n.readAt ? 400 : 600 } },
                    }}
                    secondary={`${translate(`trident.notification_kinds.${n.kind}`)} · ${when(n.createdAt)}${n.body ? ` · ${n.body}` : ''}`}
                  />
                </ListItemButton>
              ))}
            </List>
          )}
        </Box>
      </Popover>
    </>
  );
}
