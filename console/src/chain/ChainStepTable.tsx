import {
  Box,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useCanAccess, useLocaleState, useTranslate } from 'react-admin';
import { formatDay, stepIsLate, type ChainRun, type GapTask } from './chain-chart';
import { ApproverCell, GapBadges, OwnerCell } from './ChainPeople';

const STATUS_COLOR = {
  PENDING: 'default',
  IN_REVIEW: 'primary',
  PASSED: 'success',
  BLOCKED: 'error',
  SKIPPED: 'default',
} as const;

/**
 * Per step of a run: status, the expected and observed dates, our owner, the approver with
 * their stance and relationship owner, the gaps (each a link to its task) and why the plan
 * added, skipped or inserted it.
 */
export function ChainStepTable({
  run,
  tasks,
  accountId,
}: {
  run: Pick<ChainRun, 'steps' | 'currentStep'>;
  tasks?: readonly GapTask[];
  accountId?: string;
}) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  // A re-plan's note quotes the amounts (solution and delivery see none); a hand-inserted
  // step's note is the reason someone typed.
  const { canAccess: seesAmounts = false } = useCanAccess({ resource: 'amounts', action: 'show' });
  const steps = [...run.steps].sort((a, b) => a.position - b.position);
  const range = (from: string | null, to: string | null) =>
    from || to ? `${formatDay(from, locale)} – ${to ? formatDay(to, locale) : '…'}` : '—';
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" data-testid="chain-steps" sx={{ '& td': { verticalAlign: 'top' } }}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('trident.chain.step')}</TableCell>
            <TableCell>{translate('trident.chain.status')}</TableCell>
            <TableCell>{translate('trident.chain.dates')}</TableCell>
            <TableCell>{translate('trident.chain.our_owner')}</TableCell>
            <TableCell>{translate('trident.chain.approver')}</TableCell>
            <TableCell>{translate('trident.chain.gaps_title')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {steps.map((step) => {
            const late = stepIsLate(step);
            const current = step.id === run.currentStep?.id;
            const note = step.unplanned || seesAmounts ? step.planNote : null;
            return (
              <TableRow
                key={step.id}
                data-testid="chain-step"
                aria-current={current ? 'step' : undefined}
                sx={current ? { bgcolor: '#fff8e1' } : undefined}
              >
                <TableCell sx={{ minWidth: 160 }}>
                  <Typography
                    variant="body2"
                    sx={{
                      fontWeight: current ? 700 : 500,
                      ...(step.status === 'SKIPPED' && { textDecoration: 'line-through' }),
                    }}
                  >
                    {step.position}. {step.name}
                  </Typography>
                  <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5, mt: 0.25 }}>
                    {step.unplanned && (
                      <Chip
                        size="small"
                        color="secondary"
                        variant="outlined"
                        label={translate('trident.chain.unplanned')}
                      />
                    )}
                    {step.outOfOrder && (
                      <Chip
                        size="small"
                        color="warning"
                        variant="outlined"
                        label={translate('trident.chain.out_of_order')}
                      />
                    )}
                  </Stack>
                  {note && (
                    <Typography variant="caption" component="div" sx={{ color: 'text.secondary' }}>
                      {note}
                    </Typography>
                  )}
                  {step.status === 'BLOCKED' && (
                    <Typography variant="caption" component="div" sx={{ color: 'error.main' }}>
                      {step.blockerContact
                        ? `${translate('trident.process.blocked_by', { name: step.blockerContact.name })}: `
                        : ''}
                      {step.blockReason}
                    </Typography>
                  )}
                </TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    color={STATUS_COLOR[step.status]}
                    variant={
                      step.status === 'PASSED' || step.status === 'PENDING' ? 'outlined' : 'filled'
                    }
                    label={translate(`trident.run_step_statuses.${step.status}`)}
                  />
                  {late && (
                    <Typography
                      variant="caption"
                      component="div"
                      sx={{ color: 'error.main', fontWeight: 600 }}
                      data-testid="chain-step-late"
                    >
                      {step.daysLate > 0
                        ? translate('trident.chain.days_late', { days: step.daysLate })
                        : translate('trident.chain.finished_late')}
                    </Typography>
                  )}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  <Typography variant="body2">
                    <Box component="span" sx={{ color: 'text.secondary' }}>
                      {translate('trident.chain.expected')}:
                    </Box>{' '}
                    {range(step.expectedStart, step.expectedFinish)}
                  </Typography>
                  <Typography variant="body2">
                    <Box component="span" sx={{ color: 'text.secondary' }}>
                      {translate('trident.chain.observed')}:
                    </Box>{' '}
                    {range(step.startedAt, step.finishedAt)}
                  </Typography>
                  <Typography variant="caption" component="div" sx={{ color: 'text.secondary' }}>
                    {translate('trident.chain.typical_days', { days: step.typicalDays })}
                  </Typography>
                </TableCell>
                <TableCell>
                  <OwnerCell step={step} />
                </TableCell>
                <TableCell sx={{ minWidth: 160 }}>
                  <ApproverCell step={step} />
                </TableCell>
                <TableCell sx={{ minWidth: 120 }}>
                  <GapBadges
                    stepId={step.id}
                    gaps={step.gaps}
                    tasks={tasks}
                    accountId={accountId}
                  />
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Box>
  );
}
