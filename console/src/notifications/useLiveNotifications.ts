import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useRef, useState } from 'react';
import { useCanAccess, useLocaleState, useNotify } from 'react-admin';
import { useApi } from '../providers/api';
import { UNREAD_NOTIFICATION_COUNT } from './notifications.graphql';
import { getToken } from '../providers/graphql-client';
import { openNotificationStream, type LiveNotification } from '../providers/notification-stream';
import { staleQueries, TOAST_KINDS } from './notification-links';
import { languageOf, liveTitle } from './notification-language';

export const UNREAD_KEY = ['notifications', 'unread'];

/** Whether the live stream is open right now (the bell shows it). */
export const LiveStatusContext = createContext(false);
export const useLiveStatus = () => useContext(LiveStatusContext);

/** The unread counter of the app bar: stored notifications, so nothing is lost offline. */
export function useUnreadCount() {
  const api = useApi();
  const { canAccess = false } = useCanAccess({ resource: 'notifications', action: 'read' });
  return useQuery({
    queryKey: UNREAD_KEY,
    // Signing out ends the session while the app bar is still drawn: a refetch then has no
    // one to count for, and would only be refused (UNAUTHENTICATED) on its way out.
    queryFn: async () =>
      getToken() ? (await api.query(UNREAD_NOTIFICATION_COUNT)).unreadNotificationCount : 0,
    enabled: canAccess,
  });
}

/**
 * Listens to `GET /events` for as long as the console is open: each live notification
 * refreshes the counter and the lists it concerns (the feedback inbox on FEEDBACK), and
 * feedback and escalations pop up as a toast. After a reconnect the counter is read again,
 * so what arrived meanwhile is counted too. Answers whether the stream is open.
 */
export function useLiveNotifications(): boolean {
  const [connected, setConnected] = useState(false);
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const { canAccess = false } = useCanAccess({ resource: 'notifications', action: 'read' });
  // The stream lives across renders; the latest handlers are read through a ref.
  const onNotification = useRef<(n: LiveNotification) => void>(() => undefined);
  onNotification.current = (notification) => {
    for (const queryKey of staleQueries(notification.kind)) {
      void queryClient.invalidateQueries({ queryKey });
    }
    if (TOAST_KINDS.includes(notification.kind)) {
      notify(`trident.notifications.live.${notification.kind}`, {
        type: notification.kind === 'ESCALATION' ? 'warning' : 'info',
        messageArgs: { title: liveTitle(notification, languageOf(locale)) },
        autoHideDuration: 8000,
      });
    }
  };
  const token = getToken();
  useEffect(() => {
    if (!canAccess || !token) return;
    const controller = new AbortController();
    void openNotificationStream({
      token,
      signal: controller.signal,
      onConnected: () => {
        setConnected(true);
        void queryClient.invalidateQueries({ queryKey: ['notifications'] });
      },
      onDisconnected: () => setConnected(false),
      onNotification: (notification) => onNotification.current(notification),
    }).catch(() => undefined);
    return () => {
      controller.abort();
      setConnected(false);
    };
  }, [canAccess, token, queryClient]);
  return connected;
}
