import {
  Admin,
  AppBar,
  CustomRoutes,
  Layout,
  LocalesMenuButton,
  Resource,
  TitlePortal,
  type LayoutProps,
} from 'react-admin';
import { Route } from 'react-router-dom';
import { Dashboard } from './dashboards/Dashboard';
import { OrgChartPage } from './org-chart/OrgChartPage';
import { BoardPage } from './pipeline-board/BoardPage';
import { accountPlans } from './resources/account-plans';
import { activities } from './resources/activities';
import { contacts } from './resources/contacts';
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
import { accounts } from './resources/accounts';
import { users } from './resources/users';
import { TridentMenu } from './TridentMenu';

const dataProvider = createDataProvider();

function TridentAppBar() {
  return (
    <AppBar toolbar={<LocalesMenuButton />}>
      <TitlePortal />
    </AppBar>
  );
}

const TridentLayout = (props: LayoutProps) => (
  <Layout {...props} appBar={TridentAppBar} menu={TridentMenu} />
);

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
      requireAuth
      disableTelemetry
    >
      <Resource name="accounts" {...accounts} />
      <Resource name="contacts" {...contacts} />
      <Resource name="orgUnits" {...orgUnits} />
      <Resource name="leads" {...leads} />
      <Resource name="opportunities" {...opportunities} />
      <Resource name="activities" {...activities} />
      <Resource name="accountPlans" {...accountPlans} />
      <Resource name="salesTargets" {...salesTargets} />
      <Resource name="processTemplates" {...processTemplates} />
      <Resource name="processRuns" {...processRuns} />
      <Resource name="funnelStages" {...funnelStages} />
      <Resource name="users" {...users} />
      <CustomRoutes>
        <Route path="/accounts/:id/org-chart" element={<OrgChartPage />} />
        <Route path="/opportunities/board" element={<BoardPage />} />
      </CustomRoutes>
    </Admin>
  );
}
