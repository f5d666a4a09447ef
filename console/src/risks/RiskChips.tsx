import AutoModeIcon from '@mui/icons-material/AutoMode';
import { Chip, Tooltip } from '@mui/material';
import type { RiskSource, RiskStatus } from '@trident/domain';
import { useTranslate } from 'react-admin';
import { EXPOSURE_COLORS, exposureLevel, STATUS_COLORS } from './risk-logic';

/** Exposure as "4 × 5 = 20", coloured like a heat map cell. */
export function ExposureChip({
  exposure,
  likelihood,
  impact,
}: {
  exposure: number;
  likelihood: number;
  impact: number;
}) {
  const translate = useTranslate();
  const level = exposureLevel(exposure);
  return (
    <Tooltip title={translate(`trident.risks.levels.${level}`)}>
      <Chip
        size="small"
        color={EXPOSURE_COLORS[level]}
        label={`${likelihood} × ${impact} = ${exposure}`}
        sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}
        data-testid="risk-exposure"
      />
    </Tooltip>
  );
}

/** Entered by hand, or raised by the worker from a live signal (with an icon). */
export function SourceChip({ source }: { source: RiskSource }) {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      variant="outlined"
      icon={source === 'MANUAL' ? undefined : <AutoModeIcon />}
      label={translate(`trident.risks.sources.${source}`)}
    />
  );
}

export function RiskStatusChip({ status }: { status: RiskStatus }) {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={STATUS_COLORS[status]}
      variant={status === 'CLOSED' ? 'outlined' : 'filled'}
      label={translate(`trident.risks.statuses.${status}`)}
    />
  );
}
