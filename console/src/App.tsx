import {
  Admin,
  AppBar,
  CustomRoutes,
  Layout,
  LocalesMenuButton,
  Resource,
  TitlePortal,
  useTranslate,
  type LayoutProps,
} from 'react-admin';
import { Box } from '@mui/material';
import type { CSSProperties } from 'react';
import { Route } from 'react-router-dom';
import { RedirectedAccessDenied } from './access/AccessDeniedPage';
import { RequireAccess } from './access/RequireAccess';
import { Dashboard } from './dashboards/Dashboard';
import { NotificationBell } from './notifications/NotificationBell';
import { LiveStatusContext, useLiveNotifications } from './notifications/useLiveNotifications';
import { OrgChartPage } from './org-chart/OrgChartPage';
import { BoardPage } from './pipeline-board/BoardPage';
import { accountPlans } from './resources/account-plans';
import { activities } from './resources/activities';
import { contacts } from './resources/contacts';
import { contracts } from './resources/contracts';
import { funnelStages } from './resources/funnel-stages';
import { leads } from './resources/leads';
import { opportunities } from './resources/opportunities';
import { orgUnits } from './resources/org-units';
import { processRuns } from './resources/process-runs';
import { processTemplates } from './resources/process-templates';
import { salesTargets } from './resources/sales-targets';
import { i18nProvider } from './i18n/i18n-provider';
import { authProvider } from './providers/auth-provider';
import { createDataProvider } from './providers/data-provider';
import { RESOURCE_DATA } from './resources/resource-data';
import { accounts } from './resources/accounts';
import { escalationRules } from './resources/escalation-rules';
import { escalations } from './resources/escalations';
import { feedbacks } from './resources/feedbacks';
import { handovers } from './resources/handovers';
import { internalResources } from './resources/internal-resources';
import { apiTokens } from './resources/api-tokens';
import { auditEvents } from './resources/audit-events';
import { payments } from './resources/payments';
import { resourceRequests } from './resources/resource-requests';
import { tasks } from './resources/tasks';
import { users } from './resources/users';
import { workPlans } from './resources/work-plans';
import { deliveries } from './resources/deliveries';
import { deliveryRobots } from './resources/delivery-robots';
import { outbox } from './resources/outbox';
import { blockedSteps } from './resources/blocked-steps';
import { paymentMilestones } from './resources/payment-milestones';
import { targetAdjustments } from './resources/target-adjustments';
import { MyNotificationsPage } from './delivery/MyNotificationsPage';
import { GlobalSearch } from './search/GlobalSearch';
import { tridentTheme } from './theme';
import { TridentMenu } from './TridentMenu';
import { WarRoomPage } from './war-room/WarRoomPage';

const dataProvider = createDataProvider(RESOURCE_DATA);

/** Title, then the global search, then notifications and the language. */
function TridentAppBar() {
  return (
    <AppBar
      toolbar={
        <>
          <GlobalSearch />
          <NotificationBell />
          <LocalesMenuButton />
        </>
      }
    >
      <TitlePortal sx={{ minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis' }} />
    </AppBar>
  );
}

/**
 * The signed-in frame; it keeps the live notification stream open while the console is, and
 * gives the theme the phone's "scroll sideways" hint in the user's language.
 */
function TridentLayout(props: LayoutProps) {
  const live = useLiveNotifications();
  const translate = useTranslate();
  const hint = { '--trident-scroll-hint': JSON.stringify(translate('trident.layout.scroll_hint')) };
  return (
    <LiveStatusContext.Provider value={live}>
      <Box sx={{ display: 'contents' }} style={hint as CSSProperties}>
        <Layout {...props} appBar={TridentAppBar} menu={TridentMenu} />
      </Box>
    </LiveStatusContext.Provider>
  );
}

/** Menu entries follow authProvider.canAccess (the shared access matrix), per role. */
export function App() {
  return (
    <Admin
      title="Trident"
      authProvider={authProvider}
      dataProvider={dataProvider}
      i18nProvider={i18nProvider}
      dashboard={Dashboard}
      layout={TridentLayout}
      theme={tridentTheme}
      accessDenied={RedirectedAccessDenied}
      requireAuth
      disableTelemetry
    >
      <Resource name="accounts" {...accounts} />
      <Resource name="contacts" {...contacts} />
      <Resource name="orgUnits" {...orgUnits} />
      <Resource name="leads" {...leads} />
      <Resource name="opportunities" {...opportunities} />
      <Resource name="contracts" {...contracts} />
      <Resource name="activities" {...activities} />
      <Resource name="accountPlans" {...accountPlans} />
      <Resource name="salesTargets" {...salesTargets} />
      <Resource name="processTemplates" {...processTemplates} />
      <Resource name="processRuns" {...processRuns} />
      <Resource name="tasks" {...tasks} />
      <Resource name="workPlans" {...workPlans} />
      <Resource name="feedbacks" {...feedbacks} />
      <Resource name="escalations" {...escalations} />
      <Resource name="resourceRequests" {...resourceRequests} />
      <Resource name="internalResources" {...internalResources} />
      <Resource name="handovers" {...handovers} />
      <Resource name="escalationRules" {...escalationRules} />
      <Resource name="funnelStages" {...funnelStages} />
      <Resource name="users" {...users} />
      <Resource name="apiTokens" {...apiTokens} />
      <Resource name="auditEvents" {...auditEvents} />
      <Resource name="payments" {...payments} />
      <Resource name="deliveryRobots" {...deliveryRobots} />
      <Resource name="deliveries" {...deliveries} />
      <Resource name="outbox" {...outbox} />
      <Resource name="blockedSteps" {...blockedSteps} />
      <Resource name="paymentMilestones" {...paymentMilestones} />
      <Resource name="targetAdjustments" {...targetAdjustments} />
      <CustomRoutes>
        <Route
          path="/accounts/:id/org-chart"
          element={
            <RequireAccess resource="accounts" action="show">
              <OrgChartPage />
            </RequireAccess>
          }
        />
        <Route
          path="/opportunities/board"
          element={
            <RequireAccess resource="opportunities" action="list">
              <BoardPage />
            </RequireAccess>
          }
        />
        <Route
          path="/accounts/:id/war-room"
          element={
            <RequireAccess resource="accounts" action="show">
              <WarRoomPage />
            </RequireAccess>
          }
        />
        <Route
          path="/my-notifications"
          element={
            <RequireAccess resource="notifications" action="preferences">
              <MyNotificationsPage />
            </RequireAccess>
          }
        />
      </CustomRoutes>
    </Admin>
  );
}
