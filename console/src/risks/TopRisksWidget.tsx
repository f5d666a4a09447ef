import {
  Box,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useLocaleState, useTranslate } from 'react-admin';
import { Link, useNavigate } from 'react-router-dom';
import { WidgetCard } from '../dashboards/WidgetCard';
import { formatDate } from '../formats/dates';
import { retryNetworkErrors, useApi } from '../providers/api';
import { ExposureChip, RiskStatusChip, SourceChip } from './RiskChips';
import { RISKS } from './risks.graphql';

/**
 * The manager's "Top risks": live risks across the accounts they see (their line's), highest
 * exposure first; a row opens the account's war room on that risk.
 */
export function TopRisksWidget() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const navigate = useNavigate();
  const api = useApi();
  const { data, isPending, error } = useQuery({
    queryKey: ['risks', 'top'],
    retry: retryNetworkErrors,
    queryFn: () =>
      api
        .query(RISKS, { filter: { statuses: ['OPEN', 'MITIGATING'] }, first: 8 })
        .then((d) => d.risks),
  });
  const rows = data?.nodes ?? [];
  const where = (risk: (typeof rows)[number]) =>
    `/accounts/${risk.accountId}/war-room?risk=${risk.id}`;
  return (
    <WidgetCard
      title="trident.risks.top_title"
      testId="top-risks"
      isPending={isPending}
      error={error}
      empty={rows.length === 0}
      emptyText="trident.risks.top_empty"
      action={
        data && data.totalCount > rows.length ? (
          <Typography variant="caption" sx={{ color: 'text.secondary' }}>
            {translate('trident.war_room.showing', { shown: rows.length, total: data.totalCount })}
          </Typography>
        ) : undefined
      }
    >
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" sx={{ '& td, & th': { px: 1 } }}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('trident.risks.fields.exposure')}</TableCell>
              <TableCell>{translate('trident.risks.fields.title')}</TableCell>
              <TableCell sx={{ display: { xs: 'none', sm: 'table-cell' } }}>
                {translate('trident.risks.fields.status')}
              </TableCell>
              <TableCell sx={{ display: { xs: 'none', md: 'table-cell' } }}>
                {translate('trident.risks.fields.review_date')}
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((risk) => (
              <TableRow
                key={risk.id}
                hover
                sx={{ cursor: 'pointer' }}
                onClick={() => navigate(where(risk))}
                data-testid="top-risk-row"
              >
                <TableCell sx={{ verticalAlign: 'top' }}>
                  <ExposureChip
                    exposure={risk.exposure}
                    likelihood={risk.likelihood}
                    impact={risk.impact}
                  />
                </TableCell>
                <TableCell sx={{ minWidth: 160 }}>
                  <Link to={where(risk)} onClick={(event) => event.stopPropagation()}>
                    {risk.account?.name ?? '—'}
                  </Link>
                  <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
                    {risk.title}
                  </Typography>
                  <Stack
                    direction="row"
                    sx={{ alignItems: 'center', flexWrap: 'wrap', columnGap: 1, mt: 0.25 }}
                  >
                    {risk.source !== 'MANUAL' && <SourceChip source={risk.source} />}
                    <Box sx={{ display: { xs: 'inline-flex', sm: 'none' } }}>
                      <RiskStatusChip status={risk.status} />
                    </Box>
                    <Typography variant="caption" sx={{ color: 'text.secondary' }}>
                      {risk.owner?.name ?? translate('trident.risks.no_owner')}
                    </Typography>
                  </Stack>
                </TableCell>
                <TableCell sx={{ display: { xs: 'none', sm: 'table-cell' }, verticalAlign: 'top' }}>
                  <RiskStatusChip status={risk.status} />
                </TableCell>
                <TableCell
                  sx={{
                    display: { xs: 'none', md: 'table-cell' },
                    whiteSpace: 'nowrap',
                    verticalAlign: 'top',
                  }}
                >
                  {risk.reviewDate ? formatDate(risk.reviewDate, locale) : '—'}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
    </WidgetCard>
  );
}
