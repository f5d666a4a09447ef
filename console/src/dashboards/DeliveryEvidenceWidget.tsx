import { Button, Chip, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { useApi } from '../providers/api';
import { EVIDENCE_MILESTONES } from './widgets.graphql';
import { MilestoneStatusChip } from '../resources/contracts/StatusChip';
import { WidgetCard } from './WidgetCard';
import { DateText } from '../formats/DateText';

/** Rows the widget shows before "show all": a desk of hundreds of sites stays one screen. */
export const EVIDENCE_ROWS = 10;

/** Delivery and acceptance milestones still missing required evidence: what FR must collect. */
export function DeliveryEvidenceWidget() {
  const translate = useTranslate();
  const [all, setAll] = useState(false);
  const api = useApi();
  const { data, isPending, error } = useQuery({
    queryKey: ['paymentMilestones', 'delivery'],
    queryFn: () =>
      api
        .query(EVIDENCE_MILESTONES, { filter: { stage: 'PLANNED' }, first: 200 })
        .then((data) => data.paymentMilestones),
  });
  const rows = (data?.nodes ?? [])
    .filter((m) => m.kind === 'ON_DELIVERY' || m.kind === 'ON_ACCEPTANCE' || m.kind === 'PER_SITE')
    .map((m) => ({ ...m, missing: m.evidence.filter((e) => e.required && !e.checkedAt) }))
    .filter((m) => m.missing.length > 0);
  const shown = all ? rows : rows.slice(0, EVIDENCE_ROWS);
  return (
    <WidgetCard
      title="trident.widgets.delivery_evidence"
      testId="delivery-evidence-widget"
      isPending={isPending}
      error={error}
      empty={rows.length === 0}
      emptyText="trident.widgets.delivery_evidence_empty"
    >
      <Table size="small" sx={{ '& td, & th': { px: 1 } }}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.contracts.name', { smart_count: 1 })}</TableCell>
            <TableCell>{translate('trident.milestone.kind')}</TableCell>
            <TableCell>{translate('trident.milestone.due')}</TableCell>
            <TableCell>{translate('trident.milestone.status')}</TableCell>
            <TableCell>{translate('trident.widgets.missing')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {shown.map((m) => (
            <TableRow key={m.id}>
              <TableCell>
                <Link to={`/contracts/${m.contractId}/show`}>
                  {m.contract?.title ?? m.contractId}
                </Link>
                {m.contract?.account ? ` · ${m.contract.account.name}` : ''}
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {translate(`trident.milestone_kinds.${m.kind}`)}
                {m.site ? ` · ${m.site}` : ''}
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                <DateText value={m.due} />
              </TableCell>
              <TableCell>
                <MilestoneStatusChip status={m.status} />
              </TableCell>
              <TableCell>
                {m.missing.map((e) => (
                  <Chip
                    key={e.id}
                    size="small"
                    color="warning"
                    variant="outlined"
                    sx={{ mr: 0.5, mb: 0.5 }}
                    label={translate(`trident.evidence_items.${e.code}`)}
                  />
                ))}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {rows.length > EVIDENCE_ROWS && (
        <Button
          size="small"
          onClick={() => setAll((value) => !value)}
          sx={{ mt: 1 }}
          data-testid="delivery-evidence-toggle"
        >
          {all
            ? translate('trident.widgets.show_fewer_rows')
            : translate('trident.widgets.show_all_rows', { count: rows.length })}
        </Button>
      )}
    </WidgetCard>
  );
}
