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
import { contacts } from './resources/contacts';
import { orgUnits } from './resources/org-units';
import { processRuns } from './resources/process-runs';
import { processTemplates } from './resources/process-templates';
import { i18nProvider } from './i18n/i18n-provider';
import { authProvider } from './providers/auth-provider';
import { createDataProvider } from './providers/data-provider';
import { accounts } from './resources/accounts';
import { users } from './resources/users';

const dataProvider = createDataProvider();

function TridentAppBar() {
  return (
    <AppBar toolbar={<LocalesMenuButton />}>
      <TitlePortal />
    </AppBar>
  );
}

const TridentLayout = (props: LayoutProps) => <Layout {...props} appBar={TridentAppBar} />;

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
      <Resource name="processTemplates" {...processTemplates} />
      <Resource name="processRuns" {...processRuns} />
      <Resource name="users" {...users} />
      <CustomRoutes>
        <Route path="/accounts/:id/org-chart" element={<OrgChartPage />} />
      </CustomRoutes>
    </Admin>
  );
}
