import {
  Box,
  Chip,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { WEAK_STEP_THRESHOLD } from '@trident/domain';
import { useLocaleState, useTranslate } from 'react-admin';
import { useApi } from '../providers/api';
import { FUNNEL_DIAGNOSIS } from './widgets.graphql';
import type { FunnelDiagnosisQuery } from '../gql/graphql';
import { stageName } from '../resources/funnel-stages/stage-name';
import { formatPercent } from '../resources/money';
import { WidgetCard } from './WidgetCard';

function StepCell({
  step,
  first,
}: {
  step: FunnelDiagnosisQuery['funnelDiagnosis'][number]['steps'][number];
  first: boolean;
}) {
  const weak = step.relative !== null && step.relative < WEAK_STEP_THRESHOLD;
  // The first step compares deal counts; the others conversion from the previous stage.
  const own = first ? String(step.reached) : formatPercent(step.conversion);
  const median =
    step.teamMedian === null
      ? '—'
      : first
        ? String(step.teamMedian)
        : formatPercent(step.teamMedian);
  return (
    <TableCell
      align="center"
      sx={{
        whiteSpace: 'nowrap',
        ...(weak ? { bgcolor: 'error.light', color: 'error.contrastText' } : {}),
      }}
    >
      <Typography variant="body2" component="span" sx={{ fontWeight: weak ? 700 : 400 }}>
        {own}
      </Typography>
      <Typography variant="caption" component="span" sx={{ opacity: 0.75 }}>
        {' '}
        / {median}
      </Typography>
    </TableCell>
  );
}

/** Seed 001's diagnosis: each owner's conversion per step against the team's median. */
export function DiagnosisTable({ period }: { period: string }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const zh = locale.startsWith('zh');
  const api = useApi();
  const { data, isPending, error } = useQuery({
    queryKey: ['funnelDiagnosis', period],
    queryFn: () =>
      api.query(FUNNEL_DIAGNOSIS, { period: period || null }).then((data) => data.funnelDiagnosis),
  });
  const stages = data?.[0]?.steps.map((s) => s.stage) ?? [];
  return (
    <WidgetCard
      title="trident.widgets.diagnosis"
      testId="diagnosis-widget"
      isPending={isPending}
      error={error}
      empty={!data || data.length === 0}
      emptyText="trident.widgets.diagnosis_empty"
    >
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" data-testid="diagnosis-table">
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.opportunities.fields.ownerId')}</TableCell>
              <TableCell align="right">{translate('trident.widgets.deals')}</TableCell>
              {stages.map((s) => (
                <TableCell key={s.id} align="center" sx={{ whiteSpace: 'nowrap' }}>
                  {stageName(s, locale)}
                </TableCell>
              ))}
              <TableCell>{translate('trident.widgets.weak_step')}</TableCell>
              <TableCell>{translate('trident.widgets.training')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data?.map((row) => (
              <TableRow key={row.owner?.id ?? 'none'}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{row.owner?.name ?? '—'}</TableCell>
                <TableCell align="right">{row.deals}</TableCell>
                {row.steps.map((step, i) => (
                  <StepCell key={step.stage.id} step={step} first={i === 0} />
                ))}
                <TableCell>
                  {row.weakStage ? (
                    <>
                      <Chip size="small" color="error" label={stageName(row.weakStage, locale)} />
                      <Typography variant="caption" component="div" sx={{ mt: 0.5 }}>
                        {(zh ? row.readingZh : row.reading) ?? ''}
                      </Typography>
                    </>
                  ) : (
                    <Chip
                      size="small"
                      color="success"
                      variant="outlined"
                      label={translate('trident.widgets.no_weak_step')}
                    />
                  )}
                </TableCell>
                <TableCell sx={{ minWidth: 160 }}>
                  <Typography variant="body2">
                    {(zh ? row.trainingZh : row.training) ?? '—'}
                  </Typography>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
      <Typography variant="caption" component="div" sx={{ color: 'text.secondary', mt: 1 }}>
        {translate('trident.widgets.diagnosis_caption')}
      </Typography>
    </WidgetCard>
  );
}
