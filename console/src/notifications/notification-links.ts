/** Where a notification leads in the console: the page of what it is about. */
export function notificationLink(notification: { entity: string; entityId: string }): string {
  switch (notification.entity) {
    case 'Task':
      return `/tasks/${notification.entityId}/show`;
    case 'Feedback':
      return '/feedbacks';
    case 'Escalation':
      return '/escalations';
    case 'ResourceRequest':
      return '/resourceRequests';
    case 'Handover':
      return `/handovers/${notification.entityId}/show`;
    case 'WorkPlan':
      return `/workPlans/${notification.entityId}/show`;
    default:
      return '/';
  }
}

/** The lists a live notification of this kind makes stale (react-query key prefixes). */
export function staleQueries(kind: string): string[][] {
  const always = [['notifications']];
  switch (kind) {
    case 'FEEDBACK':
      return [...always, ['feedbacks'], ['needsMeToday'], ['feedbackAckTimes']];
    case 'ESCALATION':
      return [...always, ['escalations']];
    case 'TASK':
      return [...always, ['tasks'], ['needsMeToday'], ['workPlans']];
    case 'RESOURCE_REQUEST':
      return [...always, ['resourceRequests']];
    case 'HANDOVER':
      return [...always, ['handovers'], ['tasks']];
    default:
      return always;
  }
}

/** Only what needs attention now pops up as a toast; the rest waits in the bell. */
export const TOAST_KINDS = ['FEEDBACK', 'ESCALATION'];
