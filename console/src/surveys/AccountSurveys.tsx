import {
  Box,
  Chip,
  Link as MuiLink,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { WidgetCard } from '../dashboards/WidgetCard';
import { retryNetworkErrors, useApi } from '../providers/api';
import { inLanguage } from './survey-logic';
import { SurveyScorePanel } from './SurveyScorePanel';
import { ACCOUNT_INVITATIONS } from './surveys.graphql';
import { formatDate } from '../formats/dates';

const STATUS_COLOR = { SENT: 'info', ANSWERED: 'success', EXPIRED: 'default' } as const;

/** The links sent to this customer: to whom, when, and whether they answered or expired. */
export function SurveyInvitationsPanel({ accountId }: { accountId: string }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const lang = locale === 'zh' ? 'zh' : 'en';
  const api = useApi();
  const { data, isPending, error } = useQuery({
    queryKey: ['surveys', 'invitations', accountId],
    retry: retryNetworkErrors,
    queryFn: () => api.query(ACCOUNT_INVITATIONS, { accountId }).then((d) => d.surveyInvitations),
  });
  const date = (value: string | null | undefined) => (value ? formatDate(value, locale) : '—');
  const t = (key: string) => translate(`trident.surveys.invitations.${key}`);
  return (
    <WidgetCard
      title="trident.surveys.invitations.title"
      testId="survey-invitations"
      isPending={isPending}
      error={error}
      empty={!data?.nodes.length}
      emptyText="trident.surveys.invitations.empty"
    >
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{t('contact')}</TableCell>
            <TableCell>{t('survey')}</TableCell>
            <TableCell>{t('sent')}</TableCell>
            <TableCell>{t('sent_by')}</TableCell>
            <TableCell>{t('expires')}</TableCell>
            <TableCell>{t('status')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {(data?.nodes ?? []).map((row) => (
            <TableRow key={row.id} data-testid="survey-invitation-row" data-status={row.status}>
              <TableCell>{row.contact?.name ?? '—'}</TableCell>
              <TableCell>
                {row.survey ? inLanguage(lang, row.survey.titleZh, row.survey.titleEn) : '—'}
              </TableCell>
              <TableCell>{date(row.createdAt)}</TableCell>
              <TableCell>{row.sentBy?.name ?? '—'}</TableCell>
              <TableCell>{date(row.expiresAt)}</TableCell>
              <TableCell>
                <Chip
                  size="small"
                  color={STATUS_COLOR[row.status]}
                  label={translate(`trident.surveys.invitations.statuses.${row.status}`)}
                />
                {row.feedbackId && (
                  <MuiLink
                    component={Link}
                    to={`/feedbacks?filter=${encodeURIComponent(JSON.stringify({ ids: [row.feedbackId] }))}`}
                    sx={{ ml: 1, whiteSpace: 'nowrap' }}
                    variant="body2"
                  >
                    {t('open_feedback')}
                  </MuiLink>
                )}
                {row.answeredAt && (
                  <Typography variant="caption" sx={{ display: 'block', color: 'text.secondary' }}>
                    {date(row.answeredAt)}
                  </Typography>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </WidgetCard>
  );
}

/** The account page's "Customer voice" tab: the score, the send action and the links sent. */
export function AccountSurveysTab() {
  const record = useRecordContext<{ id: string }>();
  if (!record) return null;
  return (
    <Box sx={{ display: 'grid', gap: 2, py: 1 }}>
      <SurveyScorePanel accountId={record.id} />
      <SurveyInvitationsPanel accountId={record.id} />
    </Box>
  );
}
