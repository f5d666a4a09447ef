import { Box, Chip, Stack, Tooltip, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { WidgetCard } from '../dashboards/WidgetCard';
import { retryNetworkErrors, useApi } from '../providers/api';
import type { SurveyScoreQuery } from '../gql/graphql';
import { formatNps, npsTone } from './survey-logic';
import { SendSurveyButton } from './SendSurveyButton';
import { SURVEY_SCORE } from './surveys.graphql';

type Quarter = NonNullable<SurveyScoreQuery['surveyScore']>['trend'][number];

/**
 * Four quarters as bars around a zero line: up to +100 above it, down to −100 below it, a
 * quarter without answers as a dash on the line; each with its NPS and answers.
 */
export function NpsTrend({ trend, height = 64 }: { trend: Quarter[]; height?: number }) {
  const translate = useTranslate();
  const half = height / 2;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-end' }} role="list">
      {trend.map((q) => {
        const label = translate('trident.surveys.score.quarter_bar', {
          quarter: q.quarter,
          nps: formatNps(q.nps),
          responses: q.responses,
        });
        const tone = npsTone(q.nps);
        const size = q.nps === null ? 0 : Math.max(2, Math.round((Math.abs(q.nps) / 100) * half));
        return (
          <Tooltip key={q.quarter} title={label}>
            <Box role="listitem" aria-label={label} sx={{ textAlign: 'center', minWidth: 52 }}>
              <Typography variant="caption" sx={{ display: 'block' }}>
                {formatNps(q.nps)}
              </Typography>
              <Box sx={{ position: 'relative', height, mx: 'auto', width: 24 }}>
                <Box
                  sx={{
                    position: 'absolute',
                    left: -10,
                    right: -10,
                    top: half,
                    borderTop: 1,
                    borderColor: 'divider',
                  }}
                />
                <Box
                  sx={{
                    position: 'absolute',
                    left: 2,
                    right: 2,
                    ...(q.nps !== null && q.nps < 0 ? { top: half } : { bottom: half }),
                    height: size,
                    bgcolor: tone === 'default' ? 'grey.300' : `${tone}.main`,
                    borderRadius: 0.5,
                  }}
                />
              </Box>
              <Typography variant="caption" sx={{ color: 'text.secondary', whiteSpace: 'nowrap' }}>
                {q.quarter.replace('-', ' ')}
              </Typography>
            </Box>
          </Tooltip>
        );
      })}
    </Stack>
  );
}

/** The customer's voice on one account: NPS, answers and the four-quarter trend. */
export function SurveyScorePanel({
  accountId,
  send = true,
}: {
  accountId: string;
  send?: boolean;
}) {
  const translate = useTranslate();
  const api = useApi();
  const { data, isPending, error } = useQuery({
    queryKey: ['surveys', 'score', accountId],
    retry: retryNetworkErrors,
    queryFn: () => api.query(SURVEY_SCORE, { accountId }).then((d) => d.surveyScore),
  });
  return (
    <WidgetCard
      title="trident.surveys.score.title"
      testId="survey-score"
      isPending={isPending}
      error={error}
      empty={!data}
      emptyText="trident.surveys.score.not_visible"
      action={send ? <SendSurveyButton accountId={accountId} /> : undefined}
    >
      {data && (
        <Stack
          direction={{ xs: 'column', sm: 'row' }}
          spacing={3}
          sx={{ alignItems: { sm: 'center' } }}
        >
          <Box sx={{ minWidth: 160 }}>
            <Tooltip title={translate('trident.surveys.score.nps_help')}>
              <Typography variant="caption" sx={{ color: 'text.secondary' }}>
                {translate('trident.surveys.score.nps')}
              </Typography>
            </Tooltip>
            <Box>
              <Chip
                label={formatNps(data.nps)}
                color={npsTone(data.nps)}
                sx={{ fontSize: 22, height: 40, px: 1, fontWeight: 600 }}
                data-testid="survey-score-nps"
              />
            </Box>
            <Typography variant="body2" sx={{ mt: 1 }}>
              {translate('trident.surveys.score.responses')}: {data.responses}
              {data.average !== null && data.average !== undefined && (
                <>
                  {' · '}
                  {translate('trident.surveys.score.average')}: {data.average}
                </>
              )}
            </Typography>
            {data.responses > 0 && (
              <Typography variant="caption" sx={{ color: 'text.secondary' }}>
                {translate('trident.surveys.score.groups', {
                  promoters: data.promoters,
                  passives: data.passives,
                  detractors: data.detractors,
                })}
              </Typography>
            )}
          </Box>
          <Box sx={{ flexGrow: 1 }}>
            <Typography variant="subtitle2" sx={{ mb: 0.5 }}>
              {translate('trident.surveys.score.trend')}
            </Typography>
            {data.responses === 0 ? (
              <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                {translate('trident.surveys.score.none')}
              </Typography>
            ) : (
              <NpsTrend trend={data.trend} />
            )}
          </Box>
        </Stack>
      )}
    </WidgetCard>
  );
}
