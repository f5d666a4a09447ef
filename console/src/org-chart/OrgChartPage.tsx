import { errorText } from '../providers/api-error';
import { Alert, Box, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Background, Controls, MiniMap, ReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useMemo } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Loading, Title, useTranslate } from 'react-admin';
import { useApi } from '../providers/api';
import { ORG_CHART } from './org-chart.graphql';
import { CoveragePanel } from './CoveragePanel';
import { STANCE_COLORS, layoutOrgChart } from './org-chart-layout';
import { ContactNode, UnitNode } from './OrgChartNodes';

const NODE_TYPES = { contact: ContactNode, unit: UnitNode };

/** One customer's map: departments, people, reporting lines, influence, coverage. */
export function OrgChartPage() {
  const { id = '' } = useParams();
  const translate = useTranslate();
  const navigate = useNavigate();
  const api = useApi();
  const { data, isPending, error } = useQuery({
    queryKey: ['orgChart', id],
    queryFn: () => api.query(ORG_CHART, { accountId: id }),
  });
  const layout = useMemo(() => (data?.orgChart ? layoutOrgChart(data.orgChart) : null), [data]);

  if (isPending) return <Loading />;
  if (error) return <Alert severity="error">{errorText(error)}</Alert>;
  if (!data?.orgChart || !layout)
    return <Alert severity="warning">{translate('ra.page.not_found')}</Alert>;

  const title = `${translate('trident.org_chart.title')} · ${data.orgChart.account.name}`;
  return (
    <Box sx={{ mt: 1 }}>
      <Title title={title} />
      <Stack direction="row" spacing={2} sx={{ mb: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <Link to={`/accounts/${id}/show`}>{data.orgChart.account.name}</Link>
        <Typography variant="caption" sx={{ color: 'text.secondary' }}>
          {translate('trident.org_chart.legend')}
        </Typography>
        {Object.entries(STANCE_COLORS).map(([stance, color]) => (
          <Stack key={stance} direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
            <Box sx={{ width: 12, height: 12, bgcolor: color, borderRadius: 0.5 }} />
            <Typography variant="caption">{translate(`trident.stances.${stance}`)}</Typography>
          </Stack>
        ))}
      </Stack>
      <Stack direction="row" spacing={2} sx={{ height: 'calc(100vh - 150px)', minHeight: 480 }}>
        <Box sx={{ flexGrow: 1, border: '1px solid #e0e0e0', borderRadius: 1, bgcolor: '#fafafa' }}>
          {data.orgChart.contacts.length === 0 ? (
            <Alert severity="info" sx={{ m: 2 }}>
              {translate('trident.org_chart.empty')}
            </Alert>
          ) : (
            <ReactFlow
              nodes={layout.nodes}
              edges={layout.edges}
              nodeTypes={NODE_TYPES}
              fitView
              // Big customers are wide: start readable at the top and let people pan.
              fitViewOptions={{
                minZoom: 0.55,
                maxZoom: 1,
                nodes: layout.nodes.filter((n) => n.type === 'unit').slice(0, 3),
              }}
              minZoom={0.1}
              nodesConnectable={false}
              onNodeClick={(_, node) => node.type === 'contact' && navigate(`/contacts/${node.id}`)}
              proOptions={{ hideAttribution: true }}
            >
              <Background />
              <Controls showInteractive={false} />
              <MiniMap
                pannable
                zoomable
                nodeColor={(node) =>
                  node.type === 'contact'
                    ? (STANCE_COLORS[
                        (node.data as { contact: { stance: string } }).contact.stance
                      ] ?? '#9e9e9e')
                    : 'rgba(176, 190, 197, 0.4)'
                }
              />
            </ReactFlow>
          )}
        </Box>
        {data.relationshipCoverage && <CoveragePanel coverage={data.relationshipCoverage} />}
      </Stack>
    </Box>
  );
}
