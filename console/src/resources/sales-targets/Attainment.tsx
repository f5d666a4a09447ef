import { Chip, Tooltip } from '@mui/material';
import { useLocale, useTranslate } from 'react-admin';
import { formatAmount } from '../money';

interface AttainmentValue {
  revenueWon: string | null;
  newAccountsWon: number;
  renewalsDue: number;
  renewalsSigned: number;
  renewalRate: number | null;
  revenueMet: boolean | null;
  newAccountsMet: boolean | null;
  renewalRateMet: boolean | null;
}

export interface TargetWithAttainment {
  revenue: string | null;
  newAccounts: number | null;
  renewalRate: number | null;
  attainment: AttainmentValue;
}

/** Green when met, amber when not (yet), plain when the target does not ask. */
function Measure({ met, label, tip }: { met: boolean | null; label: string; tip: string }) {
  return (
    <Tooltip title={tip}>
      <Chip
        size="small"
        variant={met === null ? 'outlined' : 'filled'}
        color={met === null ? 'default' : met ? 'success' : 'warning'}
        label={label}
      />
    </Tooltip>
  );
}

/** What a target asked for against what was measured (issue 21: targets beyond revenue). */
export function TargetAttainment({
  target,
  measure,
}: {
  target: TargetWithAttainment;
  measure: 'revenue' | 'newAccounts' | 'renewalRate';
}) {
  const translate = useTranslate();
  const locale = useLocale();
  const a = target.attainment;
  if (measure === 'revenue')
    return (
      <Measure
        met={a.revenueMet}
        label={`${formatAmount(a.revenueWon, locale)} / ${formatAmount(target.revenue, locale)}`}
        tip={translate('trident.target.revenue_tip')}
      />
    );
  if (measure === 'newAccounts')
    return (
      <Measure
        met={a.newAccountsMet}
        label={`${a.newAccountsWon} / ${target.newAccounts ?? '—'}`}
        tip={translate('trident.target.new_accounts_tip')}
      />
    );
  return (
    <Measure
      met={a.renewalRateMet}
      label={`${a.renewalRate === null ? '—' : `${a.renewalRate}%`} / ${
        target.renewalRate === null ? '—' : `${target.renewalRate}%`
      }`}
      tip={translate('trident.target.renewal_tip', {
        signed: a.renewalsSigned,
        due: a.renewalsDue,
      })}
    />
  );
}
