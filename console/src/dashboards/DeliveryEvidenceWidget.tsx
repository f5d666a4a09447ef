import { Button, Chip, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { useApi } from '../providers/api';
import { EVIDENCE_MILESTONES } from './widgets.graphql';
import { MilestoneStatusChip } from '../resources/contracts/StatusChip';
import { WidgetCard } from './WidgetCard';
import { DateText } from '../formats/DateText';
import { listUrl } from '../resources/list-url';

/** Rows the widget shows; the rest are one click away in the milestones list, filtered alike. */
const EVIDENCE_ROWS = 10;

/**
 * Delivery and acceptance milestones still missing required evidence: what FR must collect.
 * The API selects and counts them (a desk of thousands of sites is not read into the browser
 * to be filtered there); the list behind "show all" is the same filter.
 */
const EVIDENCE_FILTER = {
  stage: 'PLANNED',
  kinds: ['ON_DELIVERY', 'ON_ACCEPTANCE', 'PER_SITE'],
  missingEvidence: true,
} as const;

export function DeliveryEvidenceWidget() {
  const translate = useTranslate();
  const api = useApi();
  const { data, isPending, error } = useQuery({
    queryKey: ['paymentMilestones', 'delivery', 'missing-evidence'],
    queryFn: () =>
      api
        .query(EVIDENCE_MILESTONES, {
          filter: { ...EVIDENCE_FILTER, kinds: [...EVIDENCE_FILTER.kinds] },
          first: EVIDENCE_ROWS,
        })
        .then((data) => data.paymentMilestones),
  });
  const shown = (data?.nodes ?? []).map((m) => ({
    ...m,
    missing: m.evidence.filter((e) => e.required && !e.checkedAt),
  }));
  const total = data?.totalCount ?? 0;
  return (
    <WidgetCard
      title="trident.widgets.delivery_evidence"
      testId="delivery-evidence-widget"
      isPending={isPending}
      error={error}
      empty={total === 0}
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
      {total > shown.length && (
        <Button
          size="small"
          component={Link}
          to={listUrl('paymentMilestones', EVIDENCE_FILTER)}
          sx={{ mt: 1 }}
          data-testid="delivery-evidence-all"
        >
          {translate('trident.widgets.show_all_rows', { count: total })}
        </Button>
      )}
    </WidgetCard>
  );
}
