import { MissingRecordPage } from '../access/DeadEndPages';
import { errorText } from '../providers/api-error';
import ViewSidebarIcon from '@mui/icons-material/ViewSidebar';
import {
  Alert,
  Box,
  Stack,
  ToggleButton,
  Typography,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { ReactFlowProvider } from '@xyflow/react';
import { useMemo, useState } from 'react';
import { Loading, Title, useTranslate } from 'react-admin';
import { Link, useParams } from 'react-router-dom';
import { useApi } from '../providers/api';
import { CoveragePanel } from './CoveragePanel';
import { STANCE_COLORS } from './org-chart-layout';
import { buildOrgStructure } from './org-chart-structure';
import { ORG_CHART } from './org-chart.graphql';
import { OrgChartCanvas } from './OrgChartCanvas';

/** One customer's map: departments, people, reporting lines, influence, coverage. */
export function OrgChartPage() {
  const { id = '' } = useParams();
  const translate = useTranslate();
  const api = useApi();
  const { data, isPending, error } = useQuery({
    queryKey: ['orgChart', id],
    queryFn: () => api.query(ORG_CHART, { accountId: id }),
  });
  const chart = data?.orgChart;
  // Beside the chart on a wide screen; from 1439 px down the chart needs the width to be read
  // (a 1280 px laptop drew a big customer's top levels at 7 px), so the panel opens on demand.
  const sideBySide = useMediaQuery((theme: Theme) => theme.breakpoints.up('md'));
  const roomy = useMediaQuery('(min-width: 1440px)');
  const [coverageChoice, setCoverageChoice] = useState<boolean | null>(null);
  const coverageShown = !sideBySide || (coverageChoice ?? roomy);
  const structure = useMemo(() => (chart ? buildOrgStructure(chart) : null), [chart]);

  if (isPending) return <Loading />;
  if (error) return <Alert severity="error">{errorText(error)}</Alert>;
  if (!chart || !structure) return <MissingRecordPage />;

  const title = `${translate('trident.org_chart.title')} · ${chart.account.name}`;
  return (
    <Box sx={{ mt: 1 }}>
      <Title title={title} />
      <Stack
        direction="row"
        sx={{ mb: 1, alignItems: 'center', flexWrap: { xs: 'wrap', md: 'nowrap' }, gap: 1.5 }}
      >
        <Link to={`/accounts/${id}/show`}>{chart.account.name}</Link>
        {/* One line: the hint gives way (its whole text on hover) so the chart keeps its height. */}
        <Typography
          variant="caption"
          noWrap
          title={translate('trident.org_chart.legend')}
          sx={{ color: 'text.secondary', flex: '1 1 120px', minWidth: 0 }}
        >
          {translate('trident.org_chart.legend')}
        </Typography>
        {Object.entries(STANCE_COLORS).map(([stance, color]) => (
          <Stack key={stance} direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
            <Box sx={{ width: 12, height: 12, bgcolor: color, borderRadius: 0.5 }} />
            <Typography variant="caption">{translate(`trident.stances.${stance}`)}</Typography>
          </Stack>
        ))}
        {sideBySide && data?.relationshipCoverage && (
          <ToggleButton
            size="small"
            value="coverage"
            selected={coverageShown}
            onChange={() => setCoverageChoice(!coverageShown)}
            sx={{ py: 0.25, textTransform: 'none', flexShrink: 0, whiteSpace: 'nowrap' }}
          >
            <ViewSidebarIcon fontSize="small" sx={{ mr: 0.5 }} />
            {translate('trident.org_chart.coverage')}
          </ToggleButton>
        )}
      </Stack>
      <Stack
        direction={{ xs: 'column', md: 'row' }}
        spacing={2}
        sx={{ height: { md: 'calc(100vh - 150px)' }, minHeight: { md: 520 } }}
      >
        <Box sx={{ flexGrow: 1, minWidth: 0, height: { xs: '75vh', md: 'auto' } }}>
          {chart.contacts.length === 0 ? (
            <Alert severity="info">{translate('trident.org_chart.empty')}</Alert>
          ) : (
            // A provider per account: switching customers starts a new view, fitted anew.
            <ReactFlowProvider key={id}>
              <OrgChartCanvas chart={chart} structure={structure} accountId={id} />
            </ReactFlowProvider>
          )}
        </Box>
        {data.relationshipCoverage && coverageShown && (
          <CoveragePanel coverage={data.relationshipCoverage} />
        )}
      </Stack>
    </Box>
  );
}
