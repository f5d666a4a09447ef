import {
  Admin,
  AppBar,
  CustomRoutes,
  Layout,
  LocalesMenuButton,
  Resource,
  TitlePortal,
  useLocaleState,
  useTranslate,
  type LayoutProps,
} from 'react-admin';
import { ThemeProvider } from '@mui/material/styles';
import { withMuiLocale } from './mui-locale';
import { Box } from '@mui/material';
import { useMemo, type CSSProperties } from 'react';
import { Route } from 'react-router-dom';
import { NotFoundPage, RedirectedAccessDenied } from './access/DeadEndPages';
import { RequireAccess } from './access/RequireAccess';
import { Dashboard } from './dashboards/Dashboard';
import { NotificationBell } from './notifications/NotificationBell';
import { LiveStatusContext, useLiveNotifications } from './notifications/useLiveNotifications';
import { i18nProvider } from './i18n/i18n-provider';
import { authProvider } from './providers/auth-provider';
import { createDataProvider } from './providers/data-provider';
import { RESOURCE_DATA } from './resources/resource-data';
import { RESOURCES, resourceProps } from './resources/registry';
import { lazyNamed } from './lazy-named';
import { GlobalSearch } from './search/GlobalSearch';
import { tridentTheme } from './theme';
import { TridentMenu } from './TridentMenu';

const OrgChartPage = lazyNamed(() => import('./org-chart/OrgChartPage'), 'OrgChartPage');
const BoardPage = lazyNamed(() => import('./pipeline-board/BoardPage'), 'BoardPage');
const WarRoomPage = lazyNamed(() => import('./war-room/WarRoomPage'), 'WarRoomPage');
const GroupWarRoomPage = lazyNamed(() => import('./growth/GroupWarRoomPage'), 'GroupWarRoomPage');
const StalledDealsPage = lazyNamed(() => import('./growth/StalledDealsPage'), 'StalledDealsPage');
const CadencePage = lazyNamed(() => import('./rhythm/CadencePage'), 'CadencePage');
const SurveyPublicPage = lazyNamed(() => import('./surveys/SurveyPublicPage'), 'SurveyPublicPage');
const MyNotificationsPage = lazyNamed(
  () => import('./delivery/MyNotificationsPage'),
  'MyNotificationsPage',
);
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
  const [locale] = useLocaleState();
  // Made again only when the language changes: a new theme restyles every component.
  const muiLocale = useMemo(() => withMuiLocale(locale), [locale]);
  const hint = { '--trident-scroll-hint': JSON.stringify(translate('trident.layout.scroll_hint')) };
  return (
    <LiveStatusContext.Provider value={live}>
      <ThemeProvider theme={muiLocale}>
        <Box sx={{ display: 'contents' }} style={hint as CSSProperties}>
          <Layout {...props} appBar={TridentAppBar} menu={TridentMenu} />
        </Box>
      </ThemeProvider>
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
      catchAll={NotFoundPage}
      requireAuth
      disableTelemetry
    >
      {RESOURCES.map((entry) => (
        <Resource key={entry.name} {...resourceProps(entry)} />
      ))}
      {/* The page a survey link opens: no sign-in, no console frame (issue 20). */}
      <CustomRoutes noLayout>
        <Route path="/survey/:token" element={<SurveyPublicPage />} />
      </CustomRoutes>
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
          path="/accounts/:id/group"
          element={
            <RequireAccess resource="accounts" action="show">
              <GroupWarRoomPage />
            </RequireAccess>
          }
        />
        <Route
          path="/stalled-deals"
          element={
            <RequireAccess resource="opportunities" action="stalled">
              <StalledDealsPage />
            </RequireAccess>
          }
        />
        <Route
          path="/relationship-cadences"
          element={
            <RequireAccess resource="relationshipCadences" action="edit">
              <CadencePage />
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
