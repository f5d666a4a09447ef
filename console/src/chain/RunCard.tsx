import AddIcon from '@mui/icons-material/Add';
import { Box, Button, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useCanAccess, useLocaleState, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { ChainChart } from './ChainChart';
import { formatDay, type ChainRun, type GapTask } from './chain-chart';
import { ChainStepTable } from './ChainStepTable';
import { InsertStepDialog } from './InsertStepDialog';
import { PlanHistory } from './PlanHistory';

function Fact({
  label,
  value,
  tone,
}: {
  label: string;
  value: string;
  tone?: 'error' | 'success';
}) {
  const translate = useTranslate();
  return (
    <Box>
      <Typography variant="caption" sx={{ color: 'text.secondary' }}>
        {translate(label)}
      </Typography>
      <Typography
        variant="body2"
        sx={{ fontWeight: 500, color: tone ? `${tone}.main` : undefined }}
        data-testid={`run-${label.split('.').pop()}`}
      >
        {value}
      </Typography>
    </Box>
  );
}

/** Variance in words: late, early or on plan. */
function useVariance() {
  const translate = useTranslate();
  return (days: number) =>
    days > 0
      ? translate('trident.chain.variance_late', { days })
      : days < 0
        ? translate('trident.chain.variance_early', { days: -days })
        : translate('trident.chain.variance_none');
}

/** Where the run is likely to finish against its plan. */
export function RunFacts({
  run,
}: {
  run: Pick<
    ChainRun,
    'startedAt' | 'baselineFinish' | 'finishedAt' | 'forecastFinish' | 'varianceDays'
  >;
}) {
  const [locale] = useLocaleState();
  const variance = useVariance();
  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(4, minmax(0, 1fr))' },
        gap: 1.5,
        mb: 1,
      }}
    >
      <Fact label="trident.chain.started" value={formatDay(run.startedAt, locale, true)} />
      <Fact
        label="trident.chain.baseline_finish"
        value={formatDay(run.baselineFinish, locale, true)}
      />
      <Fact
        label="trident.chain.forecast_finish"
        value={formatDay(run.finishedAt ?? run.forecastFinish, locale, true)}
        tone={run.varianceDays > 0 ? 'error' : undefined}
      />
      <Fact
        label="trident.chain.variance"
        value={variance(run.varianceDays)}
        tone={run.varianceDays > 0 ? 'error' : run.varianceDays < 0 ? 'success' : undefined}
      />
    </Box>
  );
}

/** 临时加签 while the run is running, for whoever may move its steps. */
export function InsertStepButton({ run }: { run: ChainRun }) {
  const translate = useTranslate();
  const [inserting, setInserting] = useState(false);
  const { canAccess = false } = useCanAccess({ resource: 'processRuns', action: 'insert_step' });
  if (run.status !== 'RUNNING' || !canAccess) return null;
  return (
    <>
      <Button
        size="small"
        startIcon={<AddIcon />}
        onClick={() => setInserting(true)}
        data-testid="insert-step"
      >
        {translate('trident.chain.insert_step')}
      </Button>
      {inserting && <InsertStepDialog run={run} onClose={() => setInserting(false)} />}
    </>
  );
}

/**
 * One run of the deal: where it is likely to finish against its plan, the timeline chart,
 * every step with both sides' people and gaps, the plan's history, and the unplanned
 * signature an AR can insert while it runs.
 */
export function RunCard({
  run,
  tasks,
  expectedClose,
}: {
  run: ChainRun;
  tasks?: readonly GapTask[];
  expectedClose?: string | null;
}) {
  const translate = useTranslate();
  const running = run.status === 'RUNNING';
  return (
    <Card variant="outlined" data-testid="chain-run">
      <CardContent>
        <Stack
          direction="row"
          sx={{ alignItems: 'center', flexWrap: 'wrap', columnGap: 1, rowGap: 0.5, mb: 1 }}
        >
          <Typography
            variant="subtitle1"
            component={Link}
            to={`/processRuns/${run.id}/show`}
            sx={{ fontWeight: 600, flex: '1 1 240px', minWidth: 0, overflowWrap: 'anywhere' }}
          >
            {run.template?.name ?? run.title}
          </Typography>
          {run.template && (
            <Chip
              size="small"
              variant="outlined"
              label={translate(`trident.process_kinds.${run.template.kind}`)}
            />
          )}
          <Chip
            size="small"
            color={running ? 'primary' : 'default'}
            label={translate(`trident.run_statuses.${run.status}`)}
          />
          <InsertStepButton run={run} />
        </Stack>
        <RunFacts run={run} />
        <ChainChart run={run} expectedClose={expectedClose} />
        <ChainStepTable run={run} tasks={tasks} accountId={run.accountId} />
        <Box sx={{ mt: 1.5 }}>
          <PlanHistory plans={run.plans} />
        </Box>
      </CardContent>
    </Card>
  );
}
