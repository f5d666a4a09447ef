import { List, ListItemButton, ListItemText } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useLocaleState, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { useApi } from '../providers/api';
import { NEEDS_ME_TODAY } from './widgets.graphql';
import { formatDue } from '../resources/tasks/TaskActions';
import { CountRow, CountTile } from './CountTile';
import { needsMeTodayLinks, needsMeTodayVariables } from './desks';
import { WidgetCard } from './WidgetCard';

/**
 * The account manager's day (seed 000): my tasks overdue, due today and due tomorrow (the
 * day-before reminder), and feedback waiting for my acknowledgement. Each count opens the
 * list behind it; it refreshes when a notification arrives.
 */
export function NeedsMeTodayWidget() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const api = useApi();
  const {
    data: read,
    isPending,
    error,
  } = useQuery({
    queryKey: ['needsMeToday'],
    // Each read counts from now; its links open the lists with the same bounds.
    queryFn: async () => {
      const variables = needsMeTodayVariables(new Date());
      return {
        links: needsMeTodayLinks(variables),
        data: await api.query(NEEDS_ME_TODAY, variables),
      };
    },
  });
  const data = read?.data;
  const links = read?.links;
  const soon = data?.soonest.nodes ?? [];
  const nothing =
    !!data &&
    data.overdue.totalCount + data.today.totalCount + data.tomorrow.totalCount === 0 &&
    data.feedback.totalCount === 0;
  return (
    <WidgetCard
      title="trident.widgets.needs_me"
      testId="needs-me-widget"
      isPending={isPending}
      error={error}
      empty={nothing}
      emptyText="trident.widgets.needs_me_empty"
    >
      {data && links && (
        <>
          <CountRow>
            <CountTile
              value={data.overdue.totalCount}
              label="trident.widgets.overdue"
              testId="count-overdue"
              to={links.overdue}
              alert
            />
            <CountTile
              value={data.today.totalCount}
              label="trident.widgets.due_today"
              to={links.today}
              testId="count-due-today"
            />
            <CountTile
              value={data.tomorrow.totalCount}
              label="trident.widgets.due_tomorrow"
              testId="count-due-tomorrow"
              to={links.tomorrow}
            />
            <CountTile
              value={data.feedback.totalCount}
              label="trident.widgets.feedback_waiting"
              testId="count-feedback-waiting"
              to={links.feedback}
              alert
            />
          </CountRow>
          <List dense disablePadding>
            {soon.map((task) => (
              <ListItemButton key={task.id} component={Link} to={`/tasks/${task.id}/show`}>
                <ListItemText
                  primary={task.title}
                  secondary={`${task.account?.name ?? ''} · ${formatDue(task.due, locale)}${
                    task.overdue ? ` · ${translate('trident.task.overdue')}` : ''
                  }`}
                  slotProps={{
                    secondary: { color: task.overdue ? 'error' : 'text.secondary' },
                  }}
                />
              </ListItemButton>
            ))}
          </List>
        </>
      )}
    </WidgetCard>
  );
}
