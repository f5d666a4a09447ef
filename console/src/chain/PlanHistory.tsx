import { Box, Chip, Stack, Typography } from '@mui/material';
import { useCanAccess, useLocaleState, useTranslate } from 'react-admin';
import { formatDay, type ChainRun } from './chain-chart';

const CHANGE_COLOR = { added: 'success', skipped: 'default', reopened: 'info' } as const;

/** The run's start and every re-plan, newest first: what was added, skipped, reopened, and why. */
export function PlanHistory({ plans }: { plans: ChainRun['plans'] }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { canAccess: seesAmounts = false } = useCanAccess({ resource: 'amounts', action: 'show' });
  const ordered = [...plans].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Box data-testid="plan-history">
      <Typography variant="subtitle2" sx={{ mb: 0.5 }}>
        {translate('trident.chain.plan_history')}
      </Typography>
      <Stack spacing={0.75}>
        {ordered.map((plan) => {
          // A subject change is explained with its amounts; an inserted step with a reason.
          const note = plan.cause === 'STEP_INSERTED' || seesAmounts ? plan.note : null;
          return (
            <Box key={plan.id} data-testid="plan-entry">
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                <Typography variant="caption" sx={{ color: 'text.secondary', minWidth: 84 }}>
                  {formatDay(plan.at, locale, true)}
                </Typography>
                <Typography variant="body2" sx={{ fontWeight: 500 }}>
                  {translate(`trident.chain.plan_causes.${plan.cause}`)}
                </Typography>
                {(['added', 'skipped', 'reopened'] as const).flatMap((change) =>
                  plan[change].map((name) => (
                    <Chip
                      key={`${change}:${name}`}
                      size="small"
                      variant="outlined"
                      color={CHANGE_COLOR[change]}
                      label={`${translate(`trident.chain.plan_changes.${change}`)}: ${name}`}
                      sx={change === 'skipped' ? { textDecoration: 'line-through' } : undefined}
                    />
                  )),
                )}
              </Stack>
              {note && (
                <Typography
                  variant="caption"
                  component="div"
                  sx={{ color: 'text.secondary', pl: { sm: 11.5 } }}
                >
                  {note}
                </Typography>
              )}
            </Box>
          );
        })}
      </Stack>
    </Box>
  );
}
