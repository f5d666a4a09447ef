import { graphql } from '../gql';

export const NOTIFICATION_FIELDS = graphql(`
  fragment NotificationFields on Notification {
    id
    userId
    kind
    title(language: $language)
    body(language: $language)
    entity
    entityId
    accountId
    readAt
    createdAt
  }
`);

export const NOTIFICATIONS = graphql(`
  query Notifications($first: Int, $unreadOnly: Boolean, $language: Language) {
    notifications(first: $first, unreadOnly: $unreadOnly) {
      nodes {
        ...NotificationFields
      }
      totalCount
    }
    unreadNotificationCount
  }
`);

export const UNREAD_NOTIFICATION_COUNT = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

/** Without ids: every notification of mine. */
export const MARK_NOTIFICATIONS_READ = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);
