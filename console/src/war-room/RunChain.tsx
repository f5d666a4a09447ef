import BlockIcon from '@mui/icons-material/Block';
import CheckIcon from '@mui/icons-material/Check';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import HourglassTopIcon from '@mui/icons-material/HourglassTop';
import { Box, Chip, Stack, Tooltip, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Run } from './war-room-logic';
import {
  currentStepIndex,
  orderedSteps,
  stepLate,
  stepTone,
  type StepTone,
} from './war-room-logic';

const CHIP: Record<
  StepTone,
  { color: 'success' | 'primary' | 'error' | 'default'; variant: 'filled' | 'outlined' }
> = {
  passed: { color: 'success', variant: 'outlined' },
  skipped: { color: 'default', variant: 'outlined' },
  current: { color: 'primary', variant: 'filled' },
  blocked: { color: 'error', variant: 'filled' },
  pending: { color: 'default', variant: 'outlined' },
};

const ICON: Partial<Record<StepTone, React.ReactElement>> = {
  passed: <CheckIcon />,
  current: <HourglassTopIcon />,
  blocked: <BlockIcon />,
};

/**
 * One customer process run as a compact horizontal chain: passed steps ticked, the current
 * one highlighted with its days in status, blocked ones red with who and why below.
 */
export function RunChain({ run }: { run: Run }) {
  const translate = useTranslate();
  const steps = orderedSteps(run.steps);
  const current = currentStepIndex(run);
  const blocked = steps.filter((step) => step.status === 'BLOCKED');
  return (
    <Box data-testid="war-room-run" sx={{ mt: 0.75 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 0.5, minWidth: 0 }}>
        <Typography variant="caption" noWrap sx={{ fontWeight: 500, minWidth: 0 }}>
          {run.title}
        </Typography>
        {run.status !== 'RUNNING' && (
          <Chip
            size="small"
            variant="outlined"
            label={translate(`trident.run_statuses.${run.status}`)}
            sx={{ height: 20 }}
          />
        )}
      </Stack>
      <Stack
        direction="row"
        component="ol"
        sx={{ flexWrap: 'wrap', alignItems: 'center', rowGap: 0.5, listStyle: 'none', p: 0, m: 0 }}
      >
        {steps.map((step, index) => {
          const tone = stepTone(step, index === current);
          const late = stepLate(step);
          const showDays = tone === 'current' || tone === 'blocked';
          const label = showDays
            ? `${step.name} · ${translate('trident.opportunity.days_short', { days: step.daysInStatus })}`
            : step.name;
          return (
            <Box
              component="li"
              key={step.id}
              sx={{ display: 'flex', alignItems: 'center', minWidth: 0, maxWidth: '100%' }}
              aria-current={index === current ? 'step' : undefined}
              data-testid={`run-step-${tone}`}
            >
              {index > 0 && (
                <ChevronRightIcon sx={{ fontSize: 16, color: 'text.disabled', mx: 0.25 }} />
              )}
              <Tooltip
                title={`${step.position}. ${step.name} · ${translate(
                  `trident.run_step_statuses.${step.status}`,
                )} · ${translate('trident.process.days_in_status', { days: step.daysInStatus })} / ${step.typicalDays}`}
              >
                <Chip
                  size="small"
                  icon={ICON[tone]}
                  color={CHIP[tone].color}
                  variant={CHIP[tone].variant}
                  label={label}
                  sx={{
                    maxWidth: '100%',
                    ...(tone === 'skipped' && { textDecoration: 'line-through', opacity: 0.7 }),
                    ...(tone === 'current' && late && { bgcolor: 'warning.main' }),
                    ...(tone === 'current' && { fontWeight: 600 }),
                  }}
                />
              </Tooltip>
            </Box>
          );
        })}
      </Stack>
      {blocked.map((step) => (
        <Typography
          key={step.id}
          variant="caption"
          component="div"
          sx={{ color: 'error.main', mt: 0.5, overflowWrap: 'anywhere' }}
          data-testid="run-block-reason"
        >
          {step.name}
          {step.blockerContact
            ? ` · ${translate('trident.process.blocked_by', { name: step.blockerContact.name })}`
            : ''}
          {step.blockReason ? `: ${step.blockReason}` : ''}
        </Typography>
      ))}
    </Box>
  );
}
