import { errorText } from '../../providers/api-error';
import FlagIcon from '@mui/icons-material/Flag';
import {
  Alert,
  Card,
  CardContent,
  Chip,
  FormControlLabel,
  Stack,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Loading, useLocaleState, useTranslate } from 'react-admin';
import { useApi } from '../../providers/api';
import { TARGET_ADJUSTMENTS } from './sales-targets.graphql';
import { formatAmount } from '../money';
import { DateText } from '../../formats/DateText';

/** Every target change with its reason; rises for someone ahead of plan stand out. */
export function TargetAdjustmentsPanel() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const api = useApi();
  const [flaggedOnly, setFlaggedOnly] = useState(false);
  const { data, isPending, error } = useQuery({
    queryKey: ['targetAdjustments', flaggedOnly],
    queryFn: () =>
      api
        .query(TARGET_ADJUSTMENTS, { filter: flaggedOnly ? { flagged: true } : {}, first: 50 })
        .then((data) => data.targetAdjustments),
  });
  return (
    <Card sx={{ mt: 2 }}>
      <CardContent>
        <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
          <Typography variant="h6">{translate('trident.target.adjustments')}</Typography>
          <FormControlLabel
            control={
              <Switch checked={flaggedOnly} onChange={(_, checked) => setFlaggedOnly(checked)} />
            }
            label={translate('trident.target.flagged_only')}
          />
        </Stack>
        {isPending ? (
          <Loading />
        ) : error ? (
          <Alert severity="error">{errorText(error)}</Alert>
        ) : data.nodes.length === 0 ? (
          <Typography variant="body2" sx={{ color: 'text.secondary', p: 1 }}>
            {translate(flaggedOnly ? 'trident.target.no_flagged' : 'trident.target.no_adjustments')}
          </Typography>
        ) : (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('trident.target.at')}</TableCell>
                <TableCell>{translate('resources.salesTargets.fields.userId')}</TableCell>
                <TableCell>{translate('resources.salesTargets.fields.period')}</TableCell>
                <TableCell align="right">{translate('trident.target.from')}</TableCell>
                <TableCell align="right">{translate('trident.target.to')}</TableCell>
                <TableCell align="right">{translate('trident.target.won_at_change')}</TableCell>
                <TableCell>{translate('resources.salesTargets.fields.reason')}</TableCell>
                <TableCell>{translate('trident.target.actor')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.nodes.map((a) => (
                <TableRow
                  key={a.id}
                  sx={a.flagged ? { bgcolor: 'warning.light', '& td': { fontWeight: 600 } } : {}}
                >
                  <TableCell>
                    <DateText value={a.at} />
                  </TableCell>
                  <TableCell>
                    {a.user?.name ?? a.userId}{' '}
                    {a.flagged && (
                      <Chip
                        size="small"
                        color="warning"
                        icon={<FlagIcon />}
                        label={translate('trident.target.fast_ox')}
                      />
                    )}
                  </TableCell>
                  <TableCell>{a.period}</TableCell>
                  <TableCell align="right">{formatAmount(a.fromRevenue, locale)}</TableCell>
                  <TableCell align="right">{formatAmount(a.toRevenue, locale)}</TableCell>
                  <TableCell align="right">{formatAmount(a.wonAtChange, locale)}</TableCell>
                  <TableCell>{a.reason}</TableCell>
                  <TableCell>{a.actor?.name ?? '—'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        {data && data.totalCount > data.nodes.length && (
          <Typography variant="caption" sx={{ color: 'text.secondary' }}>
            {translate('trident.target.showing', {
              shown: data.nodes.length,
              total: data.totalCount,
            })}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}
