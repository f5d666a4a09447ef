import AddIcon from '@mui/icons-material/Add';
import EventIcon from '@mui/icons-material/Event';
import {
  Box,
  Button,
  FormControlLabel,
  Menu,
  MenuItem,
  Stack,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { RISK_STATUSES, type RiskStatus } from '@trident/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type MouseEvent } from 'react';
import { useCanAccess, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import { WidgetCard } from '../dashboards/WidgetCard';
import { useBusinessDay } from '../formats/business-day';
import { formatDate } from '../formats/dates';
import { apiError } from '../providers/api-error';
import { retryNetworkErrors, useApi } from '../providers/api';
import { rankRisks, reviewDue, type Risk } from './risk-logic';
import { ExposureChip, RiskStatusChip, SourceChip } from './RiskChips';
import { RiskDialog } from './RiskDialog';
import { RISK, RISKS, UPDATE_RISK } from './risks.graphql';

const LIVE: RiskStatus[] = ['OPEN', 'MITIGATING'];

/** The status chip; for those who keep the register, a menu that moves the risk on. */
function StatusCell({ risk, canEdit }: { risk: Risk; canEdit: boolean }) {
  const translate = useTranslate();
  const notify = useNotify();
  const api = useApi();
  const client = useQueryClient();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const move = useMutation({
    mutationFn: (status: RiskStatus) =>
      api.mutate(UPDATE_RISK, { id: risk.id, version: risk.version, input: { status } }),
    onSuccess: () => notify('trident.risks.status_changed', { type: 'success' }),
    onError: (failure: unknown) => notify(apiError(failure).message, { type: 'error' }),
    onSettled: () => void client.invalidateQueries({ queryKey: ['risks'] }),
  });
  if (!canEdit) return <RiskStatusChip status={risk.status} />;
  return (
    <>
      <Button
        size="small"
        sx={{ p: 0, minWidth: 0 }}
        onClick={(event: MouseEvent<HTMLElement>) => {
          event.stopPropagation();
          setAnchor(event.currentTarget);
        }}
        aria-label={translate('trident.risks.change_status')}
        disabled={move.isPending}
        data-testid="risk-status-button"
      >
        <RiskStatusChip status={risk.status} />
      </Button>
      <Menu
        anchorEl={anchor}
        open={!!anchor}
        onClose={() => setAnchor(null)}
        onClick={(event) => event.stopPropagation()}
      >
        {RISK_STATUSES.map((status) => (
          <MenuItem
            key={status}
            selected={status === risk.status}
            onClick={() => {
              setAnchor(null);
              if (status !== risk.status) move.mutate(status);
            }}
          >
            {translate(`trident.risks.statuses.${status}`)}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}

/**
 * The account's risk register (seed 004) on the war room: live risks ranked by exposure
 * (likelihood × impact), where each came from, who owns it, its status and review day. The
 * account team keeps it; others read it. `?risk=<id>` opens one (the timeline links there).
 */
export function RiskSection({ accountId }: { accountId: string }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const api = useApi();
  const client = useQueryClient();
  const [params, setParams] = useSearchParams();
  const [showClosed, setShowClosed] = useState(false);
  const [creating, setCreating] = useState(false);
  const { canAccess: canEdit = false } = useCanAccess({ resource: 'risks', action: 'edit' });
  const { canAccess: canCreate = false } = useCanAccess({ resource: 'risks', action: 'create' });
  const statuses = showClosed ? [...LIVE, 'CLOSED' as const] : LIVE;
  const { data, isPending, error } = useQuery({
    queryKey: ['risks', 'account', accountId, showClosed],
    retry: retryNetworkErrors,
    queryFn: () =>
      api.query(RISKS, { filter: { accountId, statuses }, first: 100 }).then((d) => d.risks),
  });
  const rows = rankRisks(data?.nodes ?? []);
  const openId = params.get('risk');
  const listed = rows.find((r) => r.id === openId);
  // A linked risk not in the list (closed, or past the first page) is read on its own.
  const linked = useQuery({
    queryKey: ['risks', 'one', openId],
    enabled: !!openId && !!data && !listed,
    queryFn: () => api.query(RISK, { id: openId! }).then((d) => d.risk),
  });
  const opened = listed ?? linked.data ?? null;
  const open = (risk: Risk | null) => {
    const next = new URLSearchParams(params);
    if (risk) next.set('risk', risk.id);
    else next.delete('risk');
    setParams(next, { replace: true });
  };
  const saved = () => {
    void client.invalidateQueries({ queryKey: ['risks'] });
    void client.invalidateQueries({ queryKey: ['warRoom', 'timeline', accountId] });
    setCreating(false);
    open(null);
  };
  const today = useBusinessDay();
  const live = rows.filter((r) => r.status !== 'CLOSED').length;
  return (
    <>
      <WidgetCard
        title="trident.risks.title"
        testId="war-room-risks"
        isPending={isPending}
        error={error}
        empty={false}
        action={
          canCreate ? (
            <Button
              size="small"
              startIcon={<AddIcon />}
              onClick={() => setCreating(true)}
              data-testid="risk-create"
            >
              {translate('trident.risks.add')}
            </Button>
          ) : undefined
        }
      >
        <Stack
          direction="row"
          sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', mb: 1 }}
        >
          <Typography variant="caption" sx={{ color: 'text.secondary' }}>
            {translate('trident.risks.live_count', { smart_count: live })}
          </Typography>
          <FormControlLabel
            control={
              <Switch
                size="small"
                checked={showClosed}
                onChange={(event) => setShowClosed(event.target.checked)}
              />
            }
            label={
              <Typography variant="caption">{translate('trident.risks.show_closed')}</Typography>
            }
          />
        </Stack>
        {rows.length === 0 ? (
          <Typography variant="body2" sx={{ color: 'text.secondary', p: 2, textAlign: 'center' }}>
            {translate(canCreate ? 'trident.risks.empty_add' : 'trident.risks.empty')}
          </Typography>
        ) : (
          <Box sx={{ overflowX: 'auto' }}>
            <Table size="small" sx={{ '& td, & th': { px: 1 } }} data-testid="risk-table">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('trident.risks.fields.exposure')}</TableCell>
                  <TableCell>{translate('trident.risks.fields.title')}</TableCell>
                  <TableCell sx={{ display: { xs: 'none', sm: 'table-cell' } }}>
                    {translate('trident.risks.fields.status')}
                  </TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((risk) => {
                  const due = reviewDue(risk, today);
                  return (
                    <TableRow
                      key={risk.id}
                      hover
                      onClick={() => open(risk)}
                      sx={{ cursor: 'pointer', opacity: risk.status === 'CLOSED' ? 0.6 : 1 }}
                      data-testid="risk-row"
                    >
                      <TableCell sx={{ verticalAlign: 'top' }}>
                        <ExposureChip
                          exposure={risk.exposure}
                          likelihood={risk.likelihood}
                          impact={risk.impact}
                        />
                      </TableCell>
                      <TableCell sx={{ minWidth: 150 }}>
                        <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
                          {risk.title}
                        </Typography>
                        <Stack
                          direction="row"
                          sx={{ alignItems: 'center', flexWrap: 'wrap', columnGap: 1, mt: 0.25 }}
                        >
                          <SourceChip source={risk.source} />
                          {/* On a phone the status sits here, not in a column of its own. */}
                          <Box sx={{ display: { xs: 'inline-flex', sm: 'none' } }}>
                            <StatusCell risk={risk} canEdit={canEdit} />
                          </Box>
                          <Typography variant="caption" sx={{ color: 'text.secondary' }}>
                            {risk.owner?.name ?? translate('trident.risks.no_owner')}
                          </Typography>
                          {risk.reviewDate && (
                            <Typography
                              variant="caption"
                              sx={{
                                color: due ? 'error.main' : 'text.secondary',
                                display: 'inline-flex',
                                alignItems: 'center',
                                gap: 0.25,
                                whiteSpace: 'nowrap',
                              }}
                            >
                              <EventIcon sx={{ fontSize: 14 }} />
                              {translate('trident.risks.review_on', {
                                date: formatDate(risk.reviewDate, locale),
                              })}
                            </Typography>
                          )}
                        </Stack>
                      </TableCell>
                      <TableCell
                        sx={{ verticalAlign: 'top', display: { xs: 'none', sm: 'table-cell' } }}
                      >
                        <StatusCell risk={risk} canEdit={canEdit} />
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </Box>
        )}
      </WidgetCard>
      <RiskDialog
        open={creating || !!opened}
        accountId={accountId}
        risk={creating ? null : opened}
        readOnly={!creating && !canEdit}
        onClose={() => {
          setCreating(false);
          open(null);
        }}
        onSaved={saved}
      />
    </>
  );
}
