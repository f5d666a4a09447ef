import {
  Box,
  Card,
  CardContent,
  Chip,
  MenuItem,
  Skeleton,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { Suspense, useMemo, useState, type ComponentType, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Button } from '@mui/material';
import type { Role } from '@trident/domain';
import { Loading, Title, useDefaultTitle, useGetIdentity, useTranslate } from 'react-admin';
import { BattleMapWidget } from './BattleMapWidget';
import { DeliveryEvidenceWidget } from './DeliveryEvidenceWidget';
import { RenewalsWidget } from './RenewalsWidget';
import { AdminDeskWidget } from './AdminDeskWidget';
import { dashboardWidgets, periodChoices, type WidgetKey } from './dashboard-widgets';
import { DeliveryDeskWidget } from './DeliveryDeskWidget';
import { FinanceDeskWidget } from './FinanceDeskWidget';
import { ManagerDeskWidget } from './ManagerDeskWidget';
import { SalesDeskWidget } from './SalesDeskWidget';
import { SolutionDeskWidget } from './SolutionDeskWidget';
import { DiagnosisTable } from './DiagnosisTable';
import { FeedbackAckTimesWidget } from './FeedbackAckTimesWidget';
import { NeedsMeTodayWidget } from './NeedsMeTodayWidget';
import { PipelineCoveragePanel } from './PipelineCoveragePanel';
import { StageTimeWidget } from './StageTimeWidget';
import { VelocityWidget } from './VelocityWidget';
import { TopRisksWidget } from '../risks/TopRisksWidget';
import { CustomerVoiceWidget } from '../surveys/CustomerVoiceWidget';
import { lazyNamed } from '../lazy-named';

// Charts (recharts and d3) load after the desk's own tiles have drawn.
const AccountMatrixChart = lazyNamed(() => import('./AccountMatrixChart'), 'AccountMatrixChart');
const AgingChartWidget = lazyNamed(() => import('./AgingChartWidget'), 'AgingChartWidget');
const RevenueTrendWidget = lazyNamed(() => import('./RevenueTrendWidget'), 'RevenueTrendWidget');
const FunnelChartWidget = lazyNamed(() => import('./FunnelChartWidget'), 'FunnelChartWidget');

/** A chart's place on the desk while its code loads; the tiles around it stay usable. */
function ChartSlot({ children }: { children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <Card>
          <CardContent>
            <Skeleton variant="rectangular" height={260} />
          </CardContent>
        </Card>
      }
    >
      {children}
    </Suspense>
  );
}

const DESKS: [WidgetKey, ComponentType][] = [
  ['salesDesk', SalesDeskWidget],
  ['solutionDesk', SolutionDeskWidget],
  ['deliveryDesk', DeliveryDeskWidget],
  ['financeDesk', FinanceDeskWidget],
  ['managerDesk', ManagerDeskWidget],
  ['adminDesk', AdminDeskWidget],
];

/** Who am I, where to start; then the widgets of my roles (dashboard-widgets.ts). */
export function Dashboard() {
  const { data: identity, isPending } = useGetIdentity();
  const translate = useTranslate();
  // A custom page sets its own app bar title; the Admin's title ("Trident") serves here.
  const appTitle = useDefaultTitle();
  const periods = useMemo(() => periodChoices(new Date()), []);
  const [period, setPeriod] = useState(periods[0]!);
  if (isPending) return <Loading />;
  const roles = (identity?.roles as Role[] | undefined) ?? [];
  const widgets = new Set(dashboardWidgets(roles));
  const pipeline =
    widgets.has('funnel') ||
    widgets.has('coverage') ||
    widgets.has('diagnosis') ||
    widgets.has('stageTime');
  return (
    <Box sx={{ mt: 2, display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Title title={appTitle} />
      <Card>
        <CardContent>
          <Stack
            direction={{ xs: 'column', md: 'row' }}
            spacing={2}
            sx={{ alignItems: { md: 'center' } }}
          >
            <Box sx={{ flexGrow: 1 }}>
              <Typography variant="h5" gutterBottom>
                {translate('trident.dashboard.greeting', { name: identity?.fullName ?? '' })}
              </Typography>
              <Stack direction="row" spacing={1}>
                {roles.map((role) => (
                  <Chip key={role} label={translate(`trident.roles.${role}`)} />
                ))}
              </Stack>
            </Box>
            {pipeline && (
              <TextField
                select
                size="small"
                label={translate('trident.dashboard.period')}
                value={period}
                onChange={(event) => setPeriod(event.target.value)}
                sx={{ width: 180, flexShrink: 0 }}
              >
                {periods.map((p) => (
                  <MenuItem key={p} value={p}>
                    {p}
                  </MenuItem>
                ))}
              </TextField>
            )}
            {pipeline ? (
              <Button variant="outlined" component={Link} to="/opportunities/board">
                {translate('trident.board.open')}
              </Button>
            ) : (
              <Button variant="contained" component={Link} to="/accounts">
                {translate('trident.dashboard.open_accounts')}
              </Button>
            )}
          </Stack>
        </CardContent>
      </Card>
      <Box
        sx={{
          display: 'grid',
          // minmax(0, …): a wide table scrolls inside its card instead of widening the page.
          gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'repeat(2, minmax(0, 1fr))' },
          gap: 2,
          alignItems: 'start',
        }}
      >
        {widgets.has('needsMe') && (
          <Box sx={{ gridColumn: { lg: 'span 2' } }}>
            <NeedsMeTodayWidget />
          </Box>
        )}
        {DESKS.filter(([key]) => widgets.has(key)).map(([key, Desk]) => (
          <Box key={key} sx={{ gridColumn: { lg: 'span 2' } }}>
            <Desk />
          </Box>
        ))}
        {widgets.has('funnel') && (
          <ChartSlot>
            <FunnelChartWidget period={period} />
          </ChartSlot>
        )}
        {widgets.has('coverage') && <PipelineCoveragePanel period={period} />}
        {widgets.has('diagnosis') && (
          <Box sx={{ gridColumn: { lg: 'span 2' } }}>
            <DiagnosisTable period={period} />
          </Box>
        )}
        {widgets.has('stageTime') && (
          <Box sx={{ gridColumn: { lg: 'span 2' } }}>
            <StageTimeWidget period={period} />
          </Box>
        )}
        {widgets.has('velocity') && (
          <Box sx={{ gridColumn: { lg: 'span 2' } }}>
            <VelocityWidget period={period} />
          </Box>
        )}
        {widgets.has('ackTimes') && <FeedbackAckTimesWidget />}
        {widgets.has('topRisks') && <TopRisksWidget />}
        {widgets.has('customerVoice') && <CustomerVoiceWidget />}
        {widgets.has('battleMap') && (
          <Box sx={{ gridColumn: { lg: 'span 2' } }}>
            <BattleMapWidget />
          </Box>
        )}
        {widgets.has('aging') && (
          <Box sx={{ gridColumn: { lg: 'span 2' } }}>
            <ChartSlot>
              <AgingChartWidget />
            </ChartSlot>
          </Box>
        )}
        {widgets.has('revenue') && (
          <ChartSlot>
            <RevenueTrendWidget />
          </ChartSlot>
        )}
        {widgets.has('renewals') && <RenewalsWidget />}
        {widgets.has('deliveryEvidence') && (
          <Box sx={{ gridColumn: { lg: 'span 2' } }}>
            <DeliveryEvidenceWidget />
          </Box>
        )}
        {widgets.has('matrix') && (
          <ChartSlot>
            <AccountMatrixChart />
          </ChartSlot>
        )}
      </Box>
    </Box>
  );
}
